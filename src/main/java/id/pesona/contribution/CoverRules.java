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
     * membership started (for the 3-month JKM and 3-year scholarship rules) and how many months in a row are unpaid.
     */
    public record Cover(CoverStatus status, YearMonth paidThrough, YearMonth membershipStart, int unpaidMonths) {}

    /** A change of status from a month on. */
    public record Change(YearMonth from, CoverStatus status) {}

    private CoverRules() {}

    public static Cover on(LocalDate date, Membership m, Set<YearMonth> paid, int graceMonths) {
        if (graceMonths < 0) {
            throw new IllegalArgumentException("graceMonths < 0");
        }
        YearMonth target = YearMonth.from(date);
        if (target.isBefore(m.firstMonth())) {
            return new Cover(CoverStatus.BELUM_TERDAFTAR, null, null, 0);
        }
        Walk w = new Walk(graceMonths);
        for (YearMonth x = m.firstMonth(); !x.isAfter(target); x = x.plusMonths(1)) {
            w.step(x, paid.contains(x));
        }
        YearMonth paidThrough = w.paidThrough;
        if (w.status == CoverStatus.AKTIF) {
            // months paid ahead (3, 6 or 12 months are common) extend the cover beyond the date
            while (paid.contains(paidThrough.plusMonths(1))) {
                paidThrough = paidThrough.plusMonths(1);
            }
        }
        if (m.endedOn() != null && date.isAfter(m.endedOn())) {
            return new Cover(CoverStatus.BERHENTI, paidThrough, w.membershipStart, w.unpaid);
        }
        return new Cover(w.status, paidThrough, w.membershipStart, w.unpaid);
    }

    /** Month-by-month changes of status from the first month up to and including {@code until}. */
    public static List<Change> history(Membership m, Set<YearMonth> paid, int graceMonths, YearMonth until) {
        List<Change> out = new ArrayList<>();
        Walk w = new Walk(graceMonths);
        CoverStatus last = null;
        for (YearMonth x = m.firstMonth(); !x.isAfter(until); x = x.plusMonths(1)) {
            w.step(x, paid.contains(x));
            CoverStatus s = w.status;
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
    }
}
