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
        // before a condition's first row (e.g. Permenaker 1/2025) the condition does not apply
        return new Eligibility.Terms(
                on(BenefitCode.JKM_AWAL, date).map(BenefitRule::months).orElse(0),
                on(BenefitCode.JKM_BEASISWA, date).map(BenefitRule::months).orElse(0),
                on(BenefitCode.JKK_BATAS_KLAIM, date).map(BenefitRule::months).orElse(Integer.MAX_VALUE / 24),
                on(BenefitCode.JKK_BATAS_LAPOR, date).map(BenefitRule::quantity).orElse(Integer.MAX_VALUE / 48));
    }
}
