package id.pesona.contribution;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cover as a function of the months paid. A month is protected when it is fully paid; after the last paid month a
 * participant stays {@link CoverStatus#MENUNGGAK} for {@code graceMonths} unpaid months and is {@link
 * CoverStatus#NONAKTIF} after that. Paying after a lapse starts a new membership (BPJS's own example: paid to June,
 * nothing July–September, paid October: a new membership from October). Branches differ on whether cover lapses in
 * the 3rd or the 4th unpaid month, so {@code graceMonths} (3 = lapses in the 4th) is rule data, not a constant.
 *
 * <p>A month falls due as its segment's {@link DueRule} says (rule data: BPU on the 15th of the month covered, PU on
 * the 15th of the following month; the next working day when it is a weekend). Until then its being unpaid is not
 * arrears: when the unpaid months are all not yet due the status is {@link CoverStatus#BELUM_DIBAYAR} (an incident in it is still terhambat until it is paid). The grace period counts months
 * since protection ended, so the lapse into NONAKTIF does not wait for a due date.
 */
public final class CoverRules {

    /** The terms of one participant's membership: its first contribution month and, if it ended, the end date. */
    public record Membership(YearMonth firstMonth, LocalDate endedOn) {

        public static Membership from(YearMonth firstMonth) {
            return new Membership(firstMonth, null);
        }
    }

    /**
     * Cover on one date: the status, the last month paid in the current run ({@code paidThrough}), the month the current
     * membership started (for the 3-month JKM and 3-year scholarship rules), how many months in a row are unpaid up
     * to and including the date's month, and the due date of the oldest of them (null when none is unpaid).
     */
    public record Cover(
            CoverStatus status,
            YearMonth paidThrough,
            YearMonth membershipStart,
            int unpaidMonths,
            LocalDate dueDate) {}

    /** A change of status from a month on. */
    public record Change(YearMonth from, CoverStatus status) {}

    private CoverRules() {}

    /** {@link #on(LocalDate, Membership, Set, int, DueRule)} with a month due on {@code dueDay} of the month itself. */
    public static Cover on(LocalDate date, Membership m, Set<YearMonth> paid, int graceMonths, int dueDay) {
        return on(date, m, paid, graceMonths, DueRule.sameMonth(dueDay));
    }

    /**
     * @param due when a contribution month of the participant's segment falls due (rule data)
     */
    public static Cover on(LocalDate date, Membership m, Set<YearMonth> paid, int graceMonths, DueRule due) {
        if (graceMonths < 0) {
            throw new IllegalArgumentException("graceMonths < 0");
        }
        YearMonth target = YearMonth.from(date);
        if (target.isBefore(m.firstMonth())) {
            return new Cover(CoverStatus.BELUM_TERDAFTAR, null, null, 0, null);
        }
        Walk w = new Walk(graceMonths);
        for (YearMonth x = m.firstMonth(); !x.isAfter(target); x = x.plusMonths(1)) {
            w.step(x, paid.contains(x));
        }
        CoverStatus status = w.statusOn(date, due);
        LocalDate dueDate = w.unpaid == 0 ? null : due.dueDate(target.minusMonths(w.unpaid - 1L));
        YearMonth paidThrough = w.paidThrough;
        if (w.status == CoverStatus.AKTIF) {
            // months paid ahead (3, 6 or 12 months are common) extend the cover beyond the date
            while (paid.contains(paidThrough.plusMonths(1))) {
                paidThrough = paidThrough.plusMonths(1);
            }
        }
        if (m.endedOn() != null && date.isAfter(m.endedOn())) {
            return new Cover(CoverStatus.BERHENTI, paidThrough, w.membershipStart, w.unpaid, dueDate);
        }
        return new Cover(status, paidThrough, w.membershipStart, w.unpaid, dueDate);
    }

    /**
     * Month-by-month changes of status from the first month up to the month of {@code asOf}: each past month as it
     * stood after its due date, the month of {@code asOf} as it stands on that day.
     */
    public static List<Change> history(Membership m, Set<YearMonth> paid, int graceMonths, int dueDay, LocalDate asOf) {
        return history(m, paid, graceMonths, DueRule.sameMonth(dueDay), asOf);
    }

    /** {@link #history(Membership, Set, int, int, LocalDate)} under a segment's due rule. */
    public static List<Change> history(
            Membership m, Set<YearMonth> paid, int graceMonths, DueRule due, LocalDate asOf) {
        List<Change> out = new ArrayList<>();
        Walk w = new Walk(graceMonths);
        CoverStatus last = null;
        YearMonth until = YearMonth.from(asOf);
        for (YearMonth x = m.firstMonth(); !x.isAfter(until); x = x.plusMonths(1)) {
            w.step(x, paid.contains(x));
            CoverStatus s = x.equals(until) ? w.statusOn(asOf, due) : w.status;
            if (m.endedOn() != null && x.isAfter(YearMonth.from(m.endedOn()))) {
                s = CoverStatus.BERHENTI;
            }
            if (s != last) {
                out.add(new Change(x, s));
                last = s;
            }
            if (s == CoverStatus.BERHENTI) {
                break;
            }
        }
        return out;
    }

    /** The walk over the months, one step a month. */
    private static final class Walk {
        final int grace;
        CoverStatus status = CoverStatus.BELUM_TERDAFTAR;
        YearMonth paidThrough;
        YearMonth membershipStart;
        int unpaid;

        Walk(int grace) {
            this.grace = grace;
        }

        void step(YearMonth month, boolean isPaid) {
            if (isPaid) {
                if (membershipStart == null || status == CoverStatus.NONAKTIF) {
                    membershipStart = month;
                }
                paidThrough = month;
                unpaid = 0;
                status = CoverStatus.AKTIF;
            } else {
                unpaid++;
                status = unpaid <= grace ? CoverStatus.MENUNGGAK : CoverStatus.NONAKTIF;
            }
        }

        /**
         * The status on a day of the month last stepped: when every unpaid month is still before its due date (the
         * date's month; with PU's due date in the following month, also the month before until its 15th), it is not
         * arrears yet.
         */
        CoverStatus statusOn(LocalDate date, DueRule due) {
            if (unpaid >= 1 && unpaid <= due.notDueMonths(date)) {
                return CoverStatus.BELUM_DIBAYAR;
            }
            return status;
        }
    }
}
