package id.pesona.contribution;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One payer's ledger read from its bill lines and payments, and the cover it leaves each participant, kept in {@code
 * cover_state} so that status counts over a whole regency (or country) are one SQL statement. Refreshed for a payer
 * whenever its bills or payments change; a payer holds at most a few hundred participants, so a refresh is small.
 */
@Component
class PayerLedgers {

    /** The village payer of a participant in the coverage view {@code p}: APBDes for a desa, APBD for a kelurahan. */
    static final String PAYER_OF = """
            case p.funding_source when 'APBDES' then 'APBDES-' || p.village_code
                                  when 'APBD_KABUPATEN' then 'APBD-' || p.village_code end
            """;

    /** Month number used in {@code cover_state}: year × 12 + month − 1. */
    static int index(YearMonth m) {
        return m.getYear() * 12 + m.getMonthValue() - 1;
    }

    static YearMonth month(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final ContributionRules rules;
    private final Clock clock;

    PayerLedgers(
            JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, ContributionRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.rules = rules;
        this.clock = clock;
    }

    List<Charge> charges(long payerId) {
        return jdbc.sql("""
                        select l.id, l.participant_id, l.contribution_month, l.amount
                        from bill_line l join bill b on b.id = l.bill_id
                        where b.payer_id = ?
                        """)
                .param(payerId)
                .query((rs, n) -> new Charge(
                        rs.getLong(1), rs.getLong(2), YearMonth.from(rs.getObject(3, LocalDate.class)), rs.getLong(4)))
                .list();
    }

    List<PaymentEntry> payments(long payerId) {
        return jdbc.sql("select id, paid_on, amount, reverses_id from payment where payer_id = ? order by id")
                .param(payerId)
                .query((rs, n) ->
                        new PaymentEntry(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), (Long)
                                rs.getObject(4, Long.class)))
                .list();
    }

    Ledger ledger(long payerId) {
        return Ledger.of(charges(payerId), payments(payerId));
    }

    /** The memberships of the participants billed to a payer or belonging to it by village and funding source. */
    Map<Long, CoverRules.Membership> members(long payerId) {
        Map<Long, CoverRules.Membership> out = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.id, p.registered_on, p.ended_on
                        from participant_coverage_v p join payer py on py.region_code = p.village_code
                        where py.id = :payer and py.code = %s
                        union
                        select p.id, p.registered_on, p.ended_on
                        from participant_coverage_v p
                        join (select distinct l.participant_id from bill_line l join bill b on b.id = l.bill_id
                              where b.payer_id = :payer) x on x.participant_id = p.id
                        order by 1
                        """.formatted(PAYER_OF))
                .param("payer", payerId)
                .query((rs, n) -> {
                    out.put(
                            rs.getLong(1),
                            new CoverRules.Membership(
                                    YearMonth.from(rs.getObject(2, LocalDate.class)),
                                    rs.getObject(3, LocalDate.class)));
                    return null;
                })
                .list();
        return out;
    }

    /** Recomputes the cover of every participant of the payers. Runs inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(Collection<Long> payerIds) {
        LocalDate today = LocalDate.now(clock);
        ContributionSetting setting = rules.settingOn(today);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        // payer by payer in id order, each held until the transaction ends: two requests refreshing the same payer
        // (a payment and a billing run, two imports) take turns instead of colliding on cover_state's key
        for (long payerId : new java.util.TreeSet<>(payerIds)) {
            jdbc.sql("select id from payer where id = ? for update")
                    .param(payerId)
                    .query(Long.class)
                    .list();
            Ledger ledger = ledger(payerId);
            Map<Long, Set<YearMonth>> paid = ledger.paidMonths();
            YearMonth horizon = YearMonth.from(today);
            for (Ledger.Due d : ledger.dues()) {
                if (d.month().isAfter(horizon)) {
                    horizon = d.month();
                }
            }
            List<Object[]> rows = new ArrayList<>();
            for (var e : members(payerId).entrySet()) {
                CoverRules.Membership m = e.getValue();
                CoverRules.Cover c = CoverRules.on(
                        horizon.atEndOfMonth(),
                        new CoverRules.Membership(m.firstMonth(), null),
                        paid.getOrDefault(e.getKey(), Set.of()),
                        setting.graceMonths(),
                        setting.dueDay());
                rows.add(new Object[] {
                    e.getKey(),
                    payerId,
                    index(m.firstMonth()),
                    c.membershipStart() == null ? null : index(c.membershipStart()),
                    c.paidThrough() == null ? null : index(c.paidThrough()),
                    now
                });
            }
            jdbc.sql("delete from cover_state where payer_id = ?")
                    .param(payerId)
                    .update();
            batch.batchUpdate(
                    "delete from cover_state where participant_id = ?",
                    rows.stream().map(r -> new Object[] {r[0]}).toList());
            batch.batchUpdate("""
                    insert into cover_state (participant_id, payer_id, first_month, membership_start, paid_through,
                                             refreshed_at)
                    values (?, ?, ?, ?, ?, ?)
                    """, rows);
            writeMonths(payerId, ledger);
        }
    }

    /** The payer's billed and settled amount per contribution month, for arrears and forecasts over many payers. */
    private void writeMonths(long payerId, Ledger ledger) {
        Map<YearMonth, long[]> months = new TreeMap<>();
        for (Ledger.Due d : ledger.dues()) {
            long[] m = months.computeIfAbsent(d.month(), k -> new long[2]);
            m[0] = Math.addExact(m[0], d.amount());
            m[1] = Math.addExact(m[1], d.paid());
        }
        jdbc.sql("delete from payer_month where payer_id = ?").param(payerId).update();
        batch.batchUpdate(
                "insert into payer_month (payer_id, contribution_month, billed, paid) values (?, ?, ?, ?)",
                months.entrySet().stream()
                        .map(e -> new Object[] {payerId, e.getKey().atDay(1), e.getValue()[0], e.getValue()[1]})
                        .toList());
    }

    /** Whether the per-month summaries are missing while bills exist (a database from before they were kept). */
    boolean summariesMissing() {
        return jdbc.sql("select count(*) from payer_month").query(Long.class).single() == 0
                && jdbc.sql("select count(*) from bill").query(Long.class).single() > 0;
    }

    /** Every payer under a region with bills or participants: for a refresh after a billing run or at start-up. */
    List<Long> payersUnder(String lo, String hi) {
        return jdbc.sql("select id from payer where region_code >= ? and region_code < ? order by id")
                .params(lo, hi)
                .query(Long.class)
                .list();
    }
}
