package id.pesona.contribution;

import id.pesona.shared.Limits;
import id.pesona.shared.RegionCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "If nothing more is paid": for a future date, which participants become NONAKTIF, payer by payer (the village's, or
 * a donor's for the workers it is billed for), and the payment that prevents it. Counts come from {@code cover_state}
 * in one statement; the amount is what is outstanding
 * for the months up to {@code target − grace} plus, for months not billed yet, the payer's latest monthly bill, less
 * its credit (see {@link Forecast} for one payer in detail). A payer of whom nobody lapses has nothing to prevent:
 * its amount is 0 even when it owes for participants already NONAKTIF (counted apart in {@code nonaktifToday}).
 */
@Service
public class Forecasts {

    public record VillageForecast(
            Payer payer,
            long participants,
            long lapsing,
            long nonaktifToday,
            YearMonth mustBePaidThrough,
            long amountToPrevent) {}

    public record Lapsing(long participantId, String name, CoverStatus today, CoverStatus atTarget) {}

    public record PayerForecast(Payer payer, LocalDate target, List<Lapsing> lapsing, Forecast.Result result) {}

    private final JdbcClient jdbc;
    private final CoverageService coverage;
    private final PayerLedgers ledgers;
    private final Payers payers;
    private final ContributionRules rules;
    private final Clock clock;

    Forecasts(
            JdbcClient jdbc,
            CoverageService coverage,
            PayerLedgers ledgers,
            Payers payers,
            ContributionRules rules,
            Clock clock) {
        this.jdbc = jdbc;
        this.coverage = coverage;
        this.ledgers = ledgers;
        this.payers = payers;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<VillageForecast> villages(RegionCode root, LocalDate target) {
        Limits.date("date", target, clock);
        var range = CoverageService.range(root);
        if (range.isEmpty()) {
            return List.of();
        }
        String lo = range.get()[0];
        String hi = range.get()[1];
        LocalDate today = LocalDate.now(clock);
        int grace = rules.settingOn(target).graceMonths();
        Map<Long, long[]> counts = new HashMap<>();
        String now = CoverageService.STATUS
                .replace(":d", ":today")
                .replace(":m", ":mToday")
                .replace(":grace", ":graceToday")
                .replace(":notDue", ":notDueToday");
        jdbc.sql("""
                        select x.payer_id, count(*),
                               sum(case when x.now_st in ('AKTIF', 'BELUM_DIBAYAR', 'MENUNGGAK')
                                         and x.then_st = 'NONAKTIF' then 1 else 0 end),
                               sum(case when x.now_st = 'NONAKTIF' then 1 else 0 end)
                        from (select coalesce(c.payer_id, py.id) as payer_id, %s as now_st, %s as then_st
                              from participant_coverage_v p left join cover_state c on c.participant_id = p.id
                              left join payer py on py.code = %s
                              where p.village_code >= :lo and p.village_code < :hi and p.registered_on <= :today
                                and (p.ended_on is null or p.ended_on >= :today)) x
                        where x.payer_id is not null
                        group by x.payer_id
                        """.formatted(now, CoverageService.STATUS, PayerLedgers.PAYER_OF))
                .params(coverage.statusParams(target))
                .param("today", today)
                .param("mToday", PayerLedgers.index(YearMonth.from(today)))
                .param("graceToday", coverage.statusParams(today).get("grace"))
                .param("notDueTodayBPU", coverage.statusParams(today).get("notDueBPU"))
                .param("notDueTodayPU", coverage.statusParams(today).get("notDuePU"))
                .param("lo", lo)
                .param("hi", hi)
                .query((rs, n) -> counts.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}))
                .list();
        YearMonth cutoff = YearMonth.from(target).minusMonths(grace);
        Map<Long, List<CoverageService.MonthDue>> dues = new HashMap<>();
        for (CoverageService.MonthDue d : coverage.monthDues(lo, hi, null)) {
            dues.computeIfAbsent(d.payerId(), k -> new ArrayList<>()).add(d);
        }
        Map<Long, Long> received = coverage.received(lo, hi);
        List<VillageForecast> out = new ArrayList<>();
        for (Payer p : jdbc.sql("""
                        select id, code, name, funding_source, region_code, bpjs_group from payer
                        where region_code >= ? and region_code < ? order by region_code, code
                        """).params(lo, hi).query(Payers.ROW).list()) {
            long[] c = counts.get(p.id());
            if (c == null) {
                continue;
            }
            List<CoverageService.MonthDue> ds = dues.getOrDefault(p.id(), List.of());
            long due = 0;
            long paid = 0;
            YearMonth lastBilled = null;
            long lastBill = 0;
            for (CoverageService.MonthDue d : ds) {
                paid += d.paid();
                if (!d.month().isAfter(cutoff)) {
                    due += d.billed() - d.paid();
                }
                if (lastBilled == null || d.month().isAfter(lastBilled)) {
                    lastBilled = d.month();
                    lastBill = d.billed();
                }
            }
            if (lastBilled != null) {
                for (YearMonth x = lastBilled.plusMonths(1); !x.isAfter(cutoff); x = x.plusMonths(1)) {
                    due += lastBill;
                }
            }
            long credit = Math.max(0, received.getOrDefault(p.id(), 0L) - paid);
            out.add(new VillageForecast(p, c[0], c[1], c[2], cutoff, c[1] == 0 ? 0 : Math.max(0, due - credit)));
        }
        out.sort((a, b) -> a.lapsing() != b.lapsing()
                ? Long.compare(b.lapsing(), a.lapsing())
                : a.payer().region().digits().compareTo(b.payer().region().digits()));
        return out;
    }

    /** One payer in detail: the participants who lapse by the date, named, and the amount that prevents it. */
    @Transactional(readOnly = true)
    public PayerForecast payer(long payerId, LocalDate target) {
        Limits.date("date", target, clock);
        Payer payer = payers.get(payerId);
        LocalDate today = LocalDate.now(clock);
        Ledger ledger = ledgers.ledger(payerId);
        Map<Long, CoverRules.Membership> members = ledgers.members(payerId);
        Map<Long, Long> monthly = new HashMap<>();
        YearMonth lastBilled = null;
        for (Ledger.Due d : ledger.dues()) {
            monthly.put(d.participantId(), d.amount());
            if (lastBilled == null || d.month().isAfter(lastBilled)) {
                lastBilled = d.month();
            }
        }
        Forecast.Result r = Forecast.of(
                today,
                target,
                ledger,
                members,
                monthly,
                lastBilled == null ? YearMonth.from(today) : lastBilled,
                rules.settingOn(target).graceMonths(),
                rules.settingOn(target).dueDay());
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("select p.id, p.full_name from participant_coverage_v p where p.village_code = ?")
                .param(payer.region().digits())
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        List<Lapsing> lapsing = r.lapsing().stream()
                .map(a -> new Lapsing(
                        a.participantId(),
                        names.getOrDefault(a.participantId(), "#" + a.participantId()),
                        a.today(),
                        a.atTarget()))
                .toList();
        return new PayerForecast(payer, target, lapsing, r);
    }
}
