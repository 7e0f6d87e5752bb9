package id.pesona.claim;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The benefit rule rows, asked for the row of a kind in force on a date (the newest row from on or before it). */
public final class BenefitRules {

    private final List<BenefitRule> rows;

    public BenefitRules(List<BenefitRule> rows) {
        this.rows = List.copyOf(rows);
    }

    public List<BenefitRule> rows() {
        return rows;
    }

    public Optional<BenefitRule> on(BenefitCode code, LocalDate date) {
        return rows.stream()
                .filter(r -> r.code() == code && !r.validFrom().isAfter(date))
                .max(Comparator.comparing(BenefitRule::validFrom).thenComparingLong(BenefitRule::id));
    }

    public BenefitRule require(BenefitCode code, LocalDate date) {
        return on(code, date)
                .orElseThrow(() -> new IllegalStateException("No benefit rule " + code + " in force on " + date));
    }

    /** The programme conditions in force on a date. */
    public Eligibility.Terms terms(LocalDate date) {
        return new Eligibility.Terms(
                require(BenefitCode.JKM_AWAL, date).months(),
                require(BenefitCode.JKM_BEASISWA, date).months(),
                require(BenefitCode.JKK_BATAS_KLAIM, date).months(),
                require(BenefitCode.JKK_BATAS_LAPOR, date).quantity());
    }
}
