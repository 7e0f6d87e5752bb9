package id.pesona.contribution;

import id.pesona.shared.CurrentUser;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Status on a date and arrears, read from the ledger. One participant's cover is computed from its payer's ledger with
 * {@link CoverRules}; counts over many villages come from {@code cover_state} in one statement; payers' arrears use
 * the same oldest-first allocation as {@link Ledger}, in SQL with a running sum per payer.
 */
@Service
class CoverageService implements Coverage {

    /**
     * Status of participant {@code p} (coverage view) with cover {@code c} for the month number :m and date :d, the
     * same rule as {@link CoverRules#on} (a test compares them): :notDueBPU and :notDuePU are how many of the most
     * recent months are not yet due on the date under each segment's {@link DueRule} ({@link DueRule#notDueMonths});
     * a participant whose unpaid months are only those is BELUM_DIBAYAR rather than in arrears.
     */
    static final String STATUS =
            """
            case when p.ended_on is not null and p.ended_on < :d then 'BERHENTI'
                 when :m < coalesce(c.first_month, %1$s) then 'BELUM_TERDAFTAR'
                 when c.paid_through is not null and c.paid_through >= :m then 'AKTIF'
                 when :m - coalesce(c.paid_through, coalesce(c.first_month, %1$s) - 1)
                      <= case when p.segment = 'PU' then :notDuePU else :notDueBPU end
                      then 'BELUM_DIBAYAR'
                 when :m - coalesce(c.paid_through, coalesce(c.first_month, %1$s) - 1) <= :grace then 'MENUNGGAK'
                 else 'NONAKTIF' end
            """.formatted("(extract(year from p.registered_on) * 12 + extract(month from p.registered_on) - 1)");

    private final JdbcClient jdbc;
    private final PayerLedgers ledgers;
    private final ContributionRules rules;

    CoverageService(JdbcClient jdbc, PayerLedgers ledgers, ContributionRules rules) {
        this.jdbc = jdbc;
        this.ledgers = ledgers;
        this.rules = rules;
    }

    /**
     * The part of {@code root} the signed-in user may see (all of it for jobs without a user); a region outside the
     * scope is refused with 403 ({@link CurrentUser#within}), never answered with nothing.
     */
    static Optional<String[]> range(RegionCode root) {
        RegionCode r = CurrentUser.within(root);
        return Optional.of(new String[] {r.digits(), r.upperBound()});
    }

    record Member(
            long id, RegionCode village, LocalDate registeredOn, LocalDate endedOn, String payerCode, String segment) {}

    Member member(long participantId) {
        Member m = jdbc.sql("select p.id, p.village_code, p.registered_on, p.ended_on, " + PayerLedgers.PAYER_OF
                        + " as payer_code, p.segment from participant_coverage_v p where p.id = ?")
                .param(participantId)
                .query((rs, n) -> new Member(
                        rs.getLong(1),
                        new RegionCode(rs.getString(2)),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getString(6)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Peserta terdaftar " + participantId));
        CurrentUser.get().ifPresent(u -> CurrentUser.requireInScope(m.village()));
        return m;
    }

    Optional<Payer> payerOf(long participantId, String payerCode) {
        return jdbc.sql("""
                        select py.id, py.code, py.name, py.funding_source, py.region_code, py.bpjs_group
                        from payer py
                        where py.id in (select b.payer_id from bill_line l join bill b on b.id = l.bill_id
                                        where l.participant_id = ?)
                           or py.code = ?
                        order by case when py.code = ? then 1 else 0 end
                        """).params(participantId, payerCode, payerCode).query(Payers.ROW).list().stream()
                .findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public ParticipantCover coverOn(long participantId, LocalDate date) {
        Member m = member(participantId);
        Optional<Payer> payer = payerOf(participantId, m.payerCode());
        ContributionSetting setting = rules.settingOn(date);
        CoverRules.Membership membership = new CoverRules.Membership(YearMonth.from(m.registeredOn()), m.endedOn());
        Ledger ledger = payer.map(p -> ledgers.ledger(p.id())).orElse(Ledger.of(List.of(), List.of()));
        Set<YearMonth> paid = ledger.paidMonths().getOrDefault(participantId, Set.of());
        CoverRules.Cover c =
                CoverRules.on(date, membership, paid, setting.graceMonths(), rules.dueRuleOn(m.segment(), date));
        List<YearMonth> unpaid = new ArrayList<>();
        long toSettle = 0;
        if (c.status() == CoverStatus.BELUM_DIBAYAR
                || c.status() == CoverStatus.MENUNGGAK
                || c.status() == CoverStatus.NONAKTIF) {
            YearMonth target = YearMonth.from(date);
            YearMonth from = c.paidThrough() == null
                    ? membership.firstMonth()
                    : c.paidThrough().plusMonths(1);
            for (YearMonth x = from; !x.isAfter(target); x = x.plusMonths(1)) {
                if (!paid.contains(x)) {
                    unpaid.add(x);
                }
            }
            if (!unpaid.isEmpty()) {
                YearMonth last = unpaid.get(unpaid.size() - 1);
                for (Ledger.Due d : ledger.dues()) {
                    boolean before =
                            d.month().isBefore(last) || (d.month().equals(last) && d.participantId() <= participantId);
                    if (before) {
                        toSettle += d.outstanding();
                    }
                }
            }
        }
        return new ParticipantCover(
                participantId,
                date,
                c.status(),
                c.paidThrough(),
                c.membershipStart(),
                List.copyOf(unpaid),
                toSettle,
                payer.orElse(null),
                unpaid.isEmpty() ? null : c.dueDate());
    }

    /** Month-by-month status changes of one participant up to a date (its month as it stands on that day). */
    @Transactional(readOnly = true)
    public List<CoverRules.Change> history(long participantId, LocalDate asOf) {
        Member m = member(participantId);
        ContributionSetting setting = rules.settingOn(asOf);
        Set<YearMonth> paid = payerOf(participantId, m.payerCode())
                .map(p -> ledgers.ledger(p.id()).paidMonths().getOrDefault(participantId, Set.of()))
                .orElse(Set.of());
        return CoverRules.history(
                new CoverRules.Membership(YearMonth.from(m.registeredOn()), m.endedOn()),
                paid,
                setting.graceMonths(),
                rules.dueRuleOn(m.segment(), asOf),
                asOf);
    }

    @Override
    @Transactional(readOnly = true)
    public List<VillageStatus> statusByVillage(RegionCode root, LocalDate date) {
        return range(root)
                .map(r -> jdbc.sql("""
                                select x.village_code, count(*) as registered,
                                       sum(case when x.st = 'AKTIF' then 1 else 0 end) as aktif,
                                       sum(case when x.st = 'BELUM_DIBAYAR' then 1 else 0 end) as belum_dibayar,
                                       sum(case when x.st = 'MENUNGGAK' then 1 else 0 end) as menunggak,
                                       sum(case when x.st = 'NONAKTIF' then 1 else 0 end) as nonaktif,
                                       sum(case when x.st = 'BERHENTI' then 1 else 0 end) as berhenti
                                from (select p.village_code, %s as st
                                      from participant_coverage_v p
                                      left join cover_state c on c.participant_id = p.id
                                      where p.village_code >= :lo and p.village_code < :hi
                                        and p.registered_on <= :d) x
                                group by x.village_code
                                order by x.village_code
                                """.formatted(STATUS))
                        .params(statusParams(date))
                        .param("lo", r[0])
                        .param("hi", r[1])
                        .query((rs, n) -> new VillageStatus(
                                new RegionCode(rs.getString(1)),
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getLong(4),
                                rs.getLong(5),
                                rs.getLong(6),
                                rs.getLong(7)))
                        .list())
                .orElse(List.of());
    }

    Map<String, Object> statusParams(LocalDate date) {
        ContributionSetting setting = rules.settingOn(date);
        Map<String, DueRule> due = rules.dueRulesOn(date);
        return Map.of(
                "d",
                date,
                "m",
                PayerLedgers.index(YearMonth.from(date)),
                "grace",
                setting.graceMonths(),
                "notDueBPU",
                due.get("BPU").notDueMonths(date),
                "notDuePU",
                due.get("PU").notDueMonths(date));
    }

    /**
     * Each registered participant's status on a date as {@link #STATUS} computes it for the counts, by id: for the
     * test that holds the SQL to the Java rule.
     */
    Map<Long, CoverStatus> statuses(RegionCode root, LocalDate date) {
        Map<Long, CoverStatus> out = new HashMap<>();
        jdbc.sql("""
                        select p.id, %s as st from participant_coverage_v p
                        left join cover_state c on c.participant_id = p.id
                        where p.village_code >= :lo and p.village_code < :hi and p.registered_on <= :d
                        """.formatted(STATUS))
                .params(statusParams(date))
                .param("lo", root.digits())
                .param("hi", root.upperBound())
                .query((rs, n) -> out.put(rs.getLong(1), CoverStatus.valueOf(rs.getString(2))))
                .list();
        return out;
    }

    /** Per payer and contribution month: billed and paid (oldest-first allocation, as {@link Ledger}). */
    record MonthDue(long payerId, YearMonth month, long billed, long paid) {}

    /**
     * Billed and settled per payer and month under a region (one payer when {@code payerId} is set), as the payers'
     * ledgers last wrote them to {@code payer_month}.
     */
    List<MonthDue> monthDues(String lo, String hi, Long payerId) {
        var q = jdbc.sql("""
                        select m.payer_id, m.contribution_month, m.billed, m.paid
                        from payer_month m join payer py on py.id = m.payer_id
                        where py.region_code >= :lo and py.region_code < :hi %s
                        order by m.payer_id, m.contribution_month
                        """.formatted(payerId == null ? "" : "and m.payer_id = :payer"))
                .param("lo", lo)
                .param("hi", hi);
        if (payerId != null) {
            q = q.param("payer", payerId);
        }
        return q.query((rs, n) -> new MonthDue(
                        rs.getLong(1), YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** Payments that still count, per payer under a region: a reversal's negative amount cancels its original. */
    Map<Long, Long> received(String lo, String hi) {
        Map<Long, Long> received = new HashMap<>();
        jdbc.sql("""
                        select pm.payer_id, sum(pm.amount) from payment pm join payer py on py.id = pm.payer_id
                        where py.region_code >= ? and py.region_code < ? group by pm.payer_id
                        """)
                .params(lo, hi)
                .query((rs, n) -> received.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return received;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PayerArrears> arrears(RegionCode root, LocalDate asOf) {
        Optional<String[]> r = range(root);
        if (r.isEmpty()) {
            return List.of();
        }
        String lo = r.get()[0];
        String hi = r.get()[1];
        int dueDay = rules.settingOn(asOf).dueDay();
        Map<Long, List<MonthDue>> dues = new HashMap<>();
        for (MonthDue d : monthDues(lo, hi, null)) {
            dues.computeIfAbsent(d.payerId(), k -> new ArrayList<>()).add(d);
        }
        Map<Long, Long> received = received(lo, hi);
        Map<Long, long[]> atRisk = new HashMap<>();
        jdbc.sql("""
                        select x.payer_id,
                               sum(case when x.st = 'MENUNGGAK' then 1 else 0 end),
                               sum(case when x.st = 'NONAKTIF' then 1 else 0 end)
                        from (select c.payer_id, %s as st from participant_coverage_v p
                              join cover_state c on c.participant_id = p.id
                              where p.village_code >= :lo and p.village_code < :hi and p.registered_on <= :d) x
                        group by x.payer_id
                        """.formatted(STATUS))
                .params(statusParams(asOf))
                .param("lo", lo)
                .param("hi", hi)
                .query((rs, n) -> atRisk.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)}))
                .list();
        List<PayerArrears> out = new ArrayList<>();
        List<Payer> payers = jdbc.sql("""
                        select id, code, name, funding_source, region_code, bpjs_group from payer
                        where region_code >= ? and region_code < ? order by region_code, code
                        """).params(lo, hi).query(Payers.ROW).list();
        for (Payer p : payers) {
            List<MonthDue> ds = dues.getOrDefault(p.id(), List.of());
            long billed = 0;
            long paid = 0;
            Map<YearMonth, Long> outstanding = new LinkedHashMap<>();
            for (MonthDue d : ds) {
                billed += d.billed();
                paid += d.paid();
                if (d.billed() > d.paid()) {
                    outstanding.put(d.month(), d.billed() - d.paid());
                }
            }
            long rec = received.getOrDefault(p.id(), 0L);
            Map<Aging.Bucket, Long> buckets = new EnumMap<>(Aging.of(outstanding, asOf, dueDay, Set.of()));
            long[] risk = atRisk.getOrDefault(p.id(), new long[2]);
            out.add(new PayerArrears(
                    p,
                    billed,
                    rec,
                    billed - paid,
                    Math.max(0, rec - paid),
                    buckets,
                    outstanding.isEmpty()
                            ? null
                            : outstanding.keySet().iterator().next(),
                    risk[0],
                    risk[1]));
        }
        out.sort((a, b) -> Long.compare(b.outstanding(), a.outstanding()));
        return out;
    }
}
