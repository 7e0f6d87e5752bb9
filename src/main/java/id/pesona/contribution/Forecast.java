package id.pesona.contribution;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "If nothing more is paid": which participants of one payer lose cover by a future date, and the payment that
 * prevents it. Payments settle the oldest months first, so keeping everyone inside the grace period on the target date
 * means paying every month up to {@code target month − grace} for the whole payer: what is outstanding now plus the
 * months not billed yet, less the credit. When nobody lapses there is nothing to prevent and the amount is 0 (what is
 * owed for participants already NONAKTIF does not keep anyone covered).
 */
public final class Forecast {

    public record AtRisk(long participantId, CoverStatus today, CoverStatus atTarget) {}

    public record Result(List<AtRisk> lapsing, YearMonth mustBePaidThrough, long amountToPrevent) {}

    private Forecast() {}

    /**
     * @param members each participant's membership
     * @param monthlyAmount each participant's contribution for a month not billed yet
     * @param lastBilledMonth the newest month the billing run has billed
     * @param dueDay the day of the month a contribution month falls due
     */
    public static Result of(
            LocalDate today,
            LocalDate target,
            Ledger ledger,
            Map<Long, CoverRules.Membership> members,
            Map<Long, Long> monthlyAmount,
            YearMonth lastBilledMonth,
            int graceMonths,
            int dueDay) {
        Map<Long, Set<YearMonth>> paid = ledger.paidMonths();
        List<AtRisk> lapsing = new ArrayList<>();
        members.forEach((id, m) -> {
            Set<YearMonth> p = paid.getOrDefault(id, Set.of());
            CoverStatus now = CoverRules.on(today, m, p, graceMonths, dueDay).status();
            CoverStatus then = CoverRules.on(target, m, p, graceMonths, dueDay).status();
            if (then == CoverStatus.NONAKTIF && now != CoverStatus.NONAKTIF) {
                lapsing.add(new AtRisk(id, now, then));
            }
        });
        lapsing.sort(java.util.Comparator.comparingLong(AtRisk::participantId));

        YearMonth cutoff = YearMonth.from(target).minusMonths(graceMonths);
        if (lapsing.isEmpty()) {
            return new Result(List.of(), cutoff, 0);
        }
        long due = 0;
        for (var e : ledger.outstandingByMonth().entrySet()) {
            if (!e.getKey().isAfter(cutoff)) {
                due += e.getValue();
            }
        }
        for (YearMonth x = lastBilledMonth.plusMonths(1); !x.isAfter(cutoff); x = x.plusMonths(1)) {
            for (var e : members.entrySet()) {
                CoverRules.Membership m = e.getValue();
                boolean member =
                        !x.isBefore(m.firstMonth()) && (m.endedOn() == null || !x.isAfter(YearMonth.from(m.endedOn())));
                if (member) {
                    due += monthlyAmount.getOrDefault(e.getKey(), 0L);
                }
            }
        }
        return new Result(List.copyOf(lapsing), cutoff, Math.max(0, due - ledger.credit()));
    }
}
