package id.pesona.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Benefit estimates: a pure function of the incident, the declared income, the eligibility and the benefit rule rows
 * in force on the incident date. Whole Rupiah in {@code long} arithmetic, rates in basis points, rounded half up.
 */
public final class Benefits {

    /** One month of incapacity counts 30 days (rule of thumb of the estimate; BPJS pays per day on its own count). */
    static final int DAYS_PER_MONTH = 30;

    /** The incident as the formulas need it. */
    public record Incident(
            ClaimType type,
            LocalDate date,
            Outcome outcome,
            Integer stmbDays,
            Integer disabilityBasisPoints,
            Integer functionLossBasisPoints,
            Transport transport,
            long declaredIncome) {

        /** An incident without a functional disability (the reduction of function is not known) or transport. */
        public Incident(
                ClaimType type,
                LocalDate date,
                Outcome outcome,
                Integer stmbDays,
                Integer disabilityBasisPoints,
                long declaredIncome) {
            this(type, date, outcome, stmbDays, disabilityBasisPoints, null, null, declaredIncome);
        }
    }

    /**
     * One line: the rule it comes from, the amount (null when paid as needed), whether it is a ceiling ("up to"), and
     * the values that explain it (e.g. the multiple and the income).
     */
    public record Line(BenefitCode code, Long amount, boolean upTo, List<Object> args, String legalBasis) {}

    /** A rate in basis points, as an argument of a line's text. */
    public record Percent(int basisPoints) {}

    /** The lines, the sum of the definite amounts and the sum of the ceilings. */
    public record Estimate(List<Line> lines, long total, long upToTotal) {

        public static final Estimate NONE = new Estimate(List.of(), 0, 0);
    }

    private Benefits() {}

    public static Estimate estimate(Incident i, Eligibility.Assessment a, BenefitRules rules) {
        if (a.verdict() == Verdict.TIDAK_DITANGGUNG) {
            return Estimate.NONE;
        }
        List<Line> lines = new ArrayList<>();
        LocalDate d = i.date();
        if (i.type() == ClaimType.JKM) {
            if (!a.fullJkm() && rules.on(BenefitCode.JKM_AWAL, d).isPresent()) {
                BenefitRule r = rules.require(BenefitCode.JKM_AWAL, d);
                lines.add(line(r, r.amount(), false, r.months()));
            } else {
                BenefitRule lump = rules.require(BenefitCode.JKM_SEKALIGUS, d);
                lines.add(line(lump, lump.amount(), false));
                BenefitRule periodic = rules.require(BenefitCode.JKM_BERKALA, d);
                lines.add(line(
                        periodic,
                        Math.multiplyExact(periodic.amount(), periodic.quantity()),
                        false,
                        periodic.quantity(),
                        id.pesona.shared.Rupiah.of(periodic.amount())));
                BenefitRule funeral = rules.require(BenefitCode.JKM_PEMAKAMAN, d);
                lines.add(line(funeral, funeral.amount(), false));
                if (a.scholarship()) {
                    BenefitRule s = rules.require(BenefitCode.JKM_BEASISWA, d);
                    lines.add(line(s, s.amount(), true, s.quantity()));
                }
            }
        } else {
            long income = i.declaredIncome();
            BenefitRule care = rules.require(BenefitCode.JKK_PERAWATAN, d);
            lines.add(line(care, null, false));
            if (i.transport() != null) {
                BenefitRule t = rules.require(i.transport().rule(), d);
                lines.add(line(t, t.amount(), true));
            }
            Outcome o = i.outcome() == null ? Outcome.PERAWATAN : i.outcome();
            switch (o) {
                case PERAWATAN -> {}
                case STMB -> lines.addAll(stmb(i, rules));
                case CACAT_SEBAGIAN -> {
                    int bp = i.disabilityBasisPoints() == null ? 0 : i.disabilityBasisPoints();
                    if (i.functionLossBasisPoints() == null) {
                        // anatomical: table percentage × multiple × income
                        BenefitRule r = rules.require(BenefitCode.JKK_CACAT_SEBAGIAN, d);
                        long amount = divide(
                                Math.multiplyExact(Math.multiplyExact(income, r.incomeMultiple()), (long) bp), 10_000);
                        lines.add(line(
                                r,
                                amount,
                                false,
                                new Percent(bp),
                                r.incomeMultiple(),
                                id.pesona.shared.Rupiah.of(income)));
                    } else {
                        // functional: reduction of function × table percentage × multiple × income
                        BenefitRule r = rules.require(BenefitCode.JKK_CACAT_FUNGSI, d);
                        int loss = i.functionLossBasisPoints();
                        long amount = divide(
                                Math.multiplyExact(
                                        Math.multiplyExact(Math.multiplyExact(income, r.incomeMultiple()), (long) bp),
                                        (long) loss),
                                100_000_000L);
                        lines.add(line(
                                r,
                                amount,
                                false,
                                new Percent(loss),
                                new Percent(bp),
                                r.incomeMultiple(),
                                id.pesona.shared.Rupiah.of(income)));
                    }
                }
                case CACAT_TOTAL -> {
                    BenefitRule r = rules.require(BenefitCode.JKK_CACAT_TOTAL, d);
                    lines.add(line(
                            r,
                            Math.multiplyExact(income, r.incomeMultiple()),
                            false,
                            r.incomeMultiple(),
                            id.pesona.shared.Rupiah.of(income)));
                    BenefitRule totalPeriodic = rules.require(BenefitCode.JKK_CACAT_TOTAL_BERKALA, d);
                    lines.add(line(
                            totalPeriodic,
                            Math.multiplyExact(totalPeriodic.amount(), totalPeriodic.quantity()),
                            false,
                            totalPeriodic.quantity(),
                            id.pesona.shared.Rupiah.of(totalPeriodic.amount())));
                    BenefitRule home = rules.require(BenefitCode.JKK_PERAWATAN_RUMAH, d);
                    lines.add(line(home, home.amount(), true));
                    lines.add(scholarship(rules, d));
                }
                case MENINGGAL -> {
                    BenefitRule r = rules.require(BenefitCode.JKK_MENINGGAL, d);
                    lines.add(line(
                            r,
                            Math.multiplyExact(income, r.incomeMultiple()),
                            false,
                            r.incomeMultiple(),
                            id.pesona.shared.Rupiah.of(income)));
                    BenefitRule funeral = rules.require(BenefitCode.JKK_PEMAKAMAN, d);
                    lines.add(line(funeral, funeral.amount(), false));
                    BenefitRule periodic = rules.require(BenefitCode.JKK_BERKALA, d);
                    lines.add(line(
                            periodic,
                            Math.multiplyExact(periodic.amount(), periodic.quantity()),
                            false,
                            periodic.quantity(),
                            id.pesona.shared.Rupiah.of(periodic.amount())));
                    lines.add(scholarship(rules, d));
                }
            }
        }
        long total = 0;
        long upTo = 0;
        for (Line l : lines) {
            if (l.amount() == null) {
                continue;
            }
            if (l.upTo()) {
                upTo = Math.addExact(upTo, l.amount());
            } else {
                total = Math.addExact(total, l.amount());
            }
        }
        return new Estimate(List.copyOf(lines), total, upTo);
    }

    /** 100 % of the declared income a month for the first months, 50 % after, per day of incapacity. */
    private static List<Line> stmb(Incident i, BenefitRules rules) {
        BenefitRule first = rules.require(BenefitCode.JKK_STMB, i.date());
        BenefitRule later = rules.require(BenefitCode.JKK_STMB_LANJUT, i.date());
        int days = i.stmbDays() == null ? 0 : i.stmbDays();
        int firstDays = Math.min(days, first.months() * DAYS_PER_MONTH);
        int laterDays = days - firstDays;
        List<Line> out = new ArrayList<>();
        out.add(line(
                first,
                perDay(i.declaredIncome(), first.basisPoints(), firstDays),
                false,
                firstDays,
                new Percent(first.basisPoints()),
                id.pesona.shared.Rupiah.of(i.declaredIncome())));
        if (laterDays > 0) {
            out.add(line(
                    later,
                    perDay(i.declaredIncome(), later.basisPoints(), laterDays),
                    false,
                    laterDays,
                    new Percent(later.basisPoints()),
                    id.pesona.shared.Rupiah.of(i.declaredIncome())));
        }
        return out;
    }

    static long perDay(long monthlyIncome, int basisPoints, int days) {
        return divide(
                Math.multiplyExact(Math.multiplyExact(monthlyIncome, (long) basisPoints), (long) days),
                10_000L * DAYS_PER_MONTH);
    }

    private static Line scholarship(BenefitRules rules, LocalDate d) {
        BenefitRule s = rules.require(BenefitCode.JKK_BEASISWA, d);
        return line(s, s.amount(), true, s.quantity());
    }

    /** Division rounded half up, for non-negative numbers. */
    static long divide(long numerator, long denominator) {
        return (numerator + denominator / 2) / denominator;
    }

    private static Line line(BenefitRule r, Long amount, boolean upTo, Object... args) {
        return new Line(r.code(), amount, upTo, List.of(args), r.legalBasis());
    }
}
