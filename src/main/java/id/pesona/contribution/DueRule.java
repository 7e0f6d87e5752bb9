package id.pesona.contribution;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * When a contribution month of a segment falls due (rule data, {@code due_rule}): month M on {@code dueDay} of month M
 * + {@code monthOffset}, the next working day when that is a weekend. BPU: the 15th of the month covered (offset 0);
 * PU: the 15th of the following month (offset 1).
 */
public record DueRule(long id, String segment, LocalDate validFrom, int dueDay, int monthOffset, String legalBasis) {

    /** The BPU rule with a due day and no offset (for callers that know only a day). */
    public static DueRule sameMonth(int dueDay) {
        return new DueRule(0, "BPU", LocalDate.MIN, dueDay, 0, "");
    }

    public LocalDate dueDate(YearMonth month) {
        return Aging.dueDate(month.plusMonths(monthOffset), dueDay, Set.of());
    }

    /**
     * How many of the most recent contribution months, the date's month and those before it, are not yet due on the
     * date: 0 or 1 for a same-month rule, up to 2 with a one-month offset. A participant whose unpaid months are only
     * these is {@link CoverStatus#BELUM_DIBAYAR}, not in arrears.
     */
    public int notDueMonths(LocalDate date) {
        YearMonth m = YearMonth.from(date);
        int n = 0;
        while (!date.isAfter(dueDate(m.minusMonths(n)))) {
            n++;
        }
        return n;
    }
}
