package id.pesona.contribution;

import java.time.LocalDate;

/**
 * One band of declared income with its legal basis: incomes from {@code incomeFrom} to {@code incomeTo} (inclusive;
 * null = no upper end) are billed and insured at {@code bandIncome} (null = the declared income as it is).
 */
public record IncomeBand(
        long id,
        String segment,
        LocalDate validFrom,
        long incomeFrom,
        Long incomeTo,
        Long bandIncome,
        String legalBasis) {

    public IncomeBand {
        if (incomeFrom < 0 || (incomeTo != null && incomeTo < incomeFrom)) {
            throw new IllegalArgumentException("Rentang penghasilan tidak valid: " + incomeFrom + "–" + incomeTo);
        }
        if (bandIncome != null && bandIncome <= 0) {
            throw new IllegalArgumentException("Penghasilan rentang harus positif");
        }
    }

    public boolean contains(long income) {
        return income >= incomeFrom && (incomeTo == null || income <= incomeTo);
    }

    /** The income billed and insured for a declared income of this band. */
    public long insured(long declared) {
        return bandIncome == null ? declared : bandIncome;
    }
}
