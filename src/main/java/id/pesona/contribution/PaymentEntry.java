package id.pesona.contribution;

import java.time.LocalDate;

/**
 * Money received from a payer, in whole Rupiah. A mistaken payment is never edited or deleted: a compensating entry
 * with {@code reverses} set to its id takes it out again.
 */
public record PaymentEntry(long id, LocalDate date, long amount, Long reverses) {

    public PaymentEntry {
        if (reverses == null && amount <= 0) {
            throw new IllegalArgumentException("A payment must be positive: " + amount);
        }
    }

    public static PaymentEntry of(long id, LocalDate date, long amount) {
        return new PaymentEntry(id, date, amount, null);
    }

    public static PaymentEntry reversal(long id, LocalDate date, PaymentEntry original) {
        return new PaymentEntry(id, date, -original.amount(), original.id());
    }

    public boolean isReversal() {
        return reverses != null;
    }
}
