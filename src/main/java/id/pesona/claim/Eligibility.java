package id.pesona.claim;

import id.pesona.contribution.CoverStatus;
import id.pesona.shared.Rupiah;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Eligibility of an incident at its date: a pure function of the participant's cover on that date, their registration
 * and exit dates, the report date and the programme conditions in force. The reasons are message keys with their
 * values, phrased for a kepala desa.
 */
public final class Eligibility {

    /** Programme conditions (rule data): membership months for full JKM and for the JKM scholarship, JKK limits. */
    public record Terms(int jkmFullMonths, int jkmScholarshipMonths, int jkkLapseMonths, int reportDays) {}

    /** What is known about the incident and the participant's cover on its date. */
    public record Facts(
            ClaimType type,
            LocalDate incidentDate,
            LocalDate reportedOn,
            LocalDate registeredOn,
            LocalDate endedOn,
            CoverStatus status,
            YearMonth membershipStart,
            List<YearMonth> unpaidMonths,
            long amountToSettle,
            String payerName) {}

    public enum Severity {
        OK,
        WARNING,
        BLOCK
    }

    /** One reason: a message key of {@code i18n/claim} and its arguments (dates, months, {@link Rupiah}, numbers). */
    public record Reason(Severity severity, String key, List<Object> args) {
        static Reason of(Severity s, String key, Object... args) {
            return new Reason(s, key, List.of(args));
        }
    }

    public record Assessment(
            Verdict verdict,
            List<Reason> reasons,
            int membershipMonths,
            boolean fullJkm,
            boolean scholarship,
            boolean lateReport,
            List<YearMonth> unpaidMonths,
            long amountDue,
            String payerName) {}

    private Eligibility() {}

    public static Assessment assess(Facts f, Terms t) {
        List<Reason> reasons = new ArrayList<>();
        LocalDate day = f.incidentDate();
        Verdict verdict;
        List<YearMonth> unpaid = List.of();
        long due = 0;
        if (f.registeredOn() == null || day.isBefore(f.registeredOn()) || f.status() == CoverStatus.BELUM_TERDAFTAR) {
            verdict = Verdict.TIDAK_DITANGGUNG;
            reasons.add(
                    f.registeredOn() == null
                            ? Reason.of(Severity.BLOCK, "claim.reason.notRegistered")
                            : Reason.of(Severity.BLOCK, "claim.reason.beforeRegistration", f.registeredOn()));
        } else if ((f.endedOn() != null && day.isAfter(f.endedOn())) || f.status() == CoverStatus.BERHENTI) {
            verdict = Verdict.TIDAK_DITANGGUNG;
            reasons.add(Reason.of(Severity.BLOCK, "claim.reason.ended", f.endedOn()));
        } else if (f.status() == CoverStatus.NONAKTIF) {
            verdict = Verdict.TIDAK_DITANGGUNG;
            reasons.add(Reason.of(
                    Severity.BLOCK, "claim.reason.nonaktif", f.unpaidMonths().size(), payer(f.payerName())));
        } else if (f.status().blocksUntilPaid()) {
            verdict = Verdict.TERHAMBAT;
            unpaid = List.copyOf(f.unpaidMonths());
            due = f.amountToSettle();
            reasons.add(Reason.of(
                    Severity.BLOCK,
                    "claim.reason.arrears",
                    unpaid.size(),
                    payer(f.payerName()),
                    Rupiah.of(due),
                    unpaid.isEmpty() ? "" : unpaid.get(0),
                    unpaid.isEmpty() ? "" : unpaid.get(unpaid.size() - 1)));
        } else {
            verdict = Verdict.DITANGGUNG;
            reasons.add(Reason.of(Severity.OK, "claim.reason.covered", YearMonth.from(day)));
        }

        LocalDate start = membershipStartDate(f);
        int months = start == null || day.isBefore(start)
                ? 0
                : (int) Period.between(start, day).toTotalMonths();
        boolean fullJkm = false;
        boolean scholarship = false;
        boolean late = false;
        if (f.type() == ClaimType.JKM) {
            fullJkm = months >= t.jkmFullMonths();
            scholarship = months >= t.jkmScholarshipMonths();
            if (verdict != Verdict.TIDAK_DITANGGUNG) {
                reasons.add(
                        t.jkmFullMonths() == 0
                                ? Reason.of(Severity.OK, "claim.reason.jkmNoMinimum")
                                : fullJkm
                                        ? Reason.of(Severity.OK, "claim.reason.jkmFull", months, t.jkmFullMonths())
                                        : Reason.of(
                                                Severity.WARNING, "claim.reason.jkmEarly", months, t.jkmFullMonths()));
                reasons.add(
                        scholarship
                                ? Reason.of(Severity.OK, "claim.reason.scholarship", months)
                                : Reason.of(
                                        Severity.WARNING,
                                        "claim.reason.noScholarship",
                                        months,
                                        t.jkmScholarshipMonths() / 12));
            }
        } else {
            fullJkm = false;
            scholarship = true;
            LocalDate lapse = day.plusMonths(t.jkkLapseMonths());
            if (f.reportedOn().isAfter(lapse)) {
                verdict = Verdict.TIDAK_DITANGGUNG;
                reasons.add(Reason.of(Severity.BLOCK, "claim.reason.lapsed", t.jkkLapseMonths() / 12, lapse));
            }
            if (f.reportedOn().isAfter(day.plusDays(t.reportDays()))) {
                late = true;
                reasons.add(Reason.of(Severity.WARNING, "claim.reason.lateReport", t.reportDays() * 24));
            }
        }
        return new Assessment(
                verdict, List.copyOf(reasons), months, fullJkm, scholarship, late, unpaid, due, f.payerName());
    }

    /**
     * The day the membership started, from which the months of membership count (Permenaker 1/2025: the day of
     * registration, not the first of its month): the registration day while the membership is the first one, the first
     * day of the month paid when a payment after a lapse started a new membership.
     */
    static LocalDate membershipStartDate(Facts f) {
        if (f.registeredOn() == null) {
            return f.membershipStart() == null ? null : f.membershipStart().atDay(1);
        }
        if (f.membershipStart() == null || !f.membershipStart().isAfter(YearMonth.from(f.registeredOn()))) {
            return f.registeredOn();
        }
        return f.membershipStart().atDay(1);
    }

    private static String payer(String name) {
        return name == null ? "-" : name;
    }
}
