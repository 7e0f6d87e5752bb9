package id.pesona.contribution;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.Formats;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.Limits;
import id.pesona.shared.RegionCode;
import id.pesona.shared.TenantProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly billing run: three set-based statements, no loop over participants. A bill per payer and month, a line
 * per participant covered that month (registered on or before its last day, not ended before its first) priced with
 * the tariff rows in force, and a negative correcting line for a participant billed for a month that an exit later
 * removed. Running a month again adds only what changed since: late registrations and corrections.
 */
@Service
public class BillingRun {

    public record Result(YearMonth month, int bills, int lines, int corrections) {}

    /**
     * Where billing stands for the user's region: the first and last billed months (null when none), the month to
     * bill next and the current business month; the next month can be billed once it is not after the current one.
     */
    public record Schedule(YearMonth firstBilled, YearMonth lastBilled, YearMonth next, YearMonth current) {

        public boolean nextHasCome() {
            return !next.isAfter(current);
        }
    }

    private static final String PAYER_OF = PayerLedgers.PAYER_OF;

    private static final String COVERED = """
            p.registered_on <= :monthEnd and (p.ended_on is null or p.ended_on >= :month)
            and p.village_code >= :lo and p.village_code < :hi
            """;

    /**
     * The month's price of a programme as one SQL expression over the participant's segment, funding source and base:
     * the rule in force for each combination is chosen by {@link Tariffs#ruleFor} (one place for that logic), and the
     * expression is evaluated by the database for every participant at once. Only numbers from the rule rows go into
     * the SQL text. A combination without a rule yields null, which the NOT NULL column refuses: a month is never
     * billed at zero by accident.
     */
    static String price(Tariffs tariffs, String programme, YearMonth month) {
        StringBuilder sql = new StringBuilder("case");
        for (String segment : ContributionRules.SEGMENTS) {
            for (String source : ContributionRules.FUNDING_SOURCES) {
                var rule = tariffs.ruleFor(programme, segment, month, source);
                if (rule.isEmpty()) {
                    continue;
                }
                TariffRule r = rule.get();
                String amount = r.flatAmount() != null
                        ? Long.toString(r.flatAmount())
                        : "(p.base * " + r.basisPoints() + " + 5000) / 10000";
                sql.append(" when p.segment = '")
                        .append(segment)
                        .append("' and p.funding_source = '")
                        .append(source)
                        .append("' then ")
                        .append(amount);
            }
        }
        return sql.append(" end").toString();
    }

    private final JdbcClient jdbc;
    private final PayerLedgers ledgers;
    private final ContributionRules rules;
    private final AuditTrail audit;
    private final TenantProperties tenant;
    private final Formats formats;
    private final Clock clock;

    BillingRun(
            JdbcClient jdbc,
            PayerLedgers ledgers,
            ContributionRules rules,
            AuditTrail audit,
            TenantProperties tenant,
            Formats formats,
            Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.ledgers = ledgers;
        this.audit = audit;
        this.tenant = tenant;
        this.formats = formats;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Result run(YearMonth month) {
        if (month == null) {
            throw new InvalidInputException("month", "billing.error.month");
        }
        Limits.month("month", month, clock);
        RegionCode root = root();
        takeTurn(root, month);
        Billed billed = billed(root);
        var refusal = BillingMonths.check(
                month,
                YearMonth.now(clock),
                billed.first(),
                billed.last(),
                (from, to) -> coveredBetween(root, from, to));
        if (refusal.isPresent()) {
            var f = refusal.get();
            throw new InvalidInputException(
                    "month", f.messageKey(), formats.monthYear(f.month()), formats.monthYear(f.other()));
        }
        Result r = bill(root, month);
        ledgers.refresh(ledgers.payersUnder(root.digits(), root.upperBound()));
        return r;
    }

    /**
     * Waits for a billing run of the same region in another transaction to finish (held until this one ends), so that
     * the months it billed are seen before checking and billing.
     */
    private void takeTurn(RegionCode root, YearMonth month) {
        jdbc.sql("insert into billing_lock (region_code) values (?) on conflict do nothing")
                .param(root.digits())
                .update();
        try {
            jdbc.sql("select region_code from billing_lock where region_code = ? for update")
                    .param(root.digits())
                    .query(String.class)
                    .single();
        } catch (PessimisticLockingFailureException e) {
            throw new id.pesona.shared.ConflictException("month", "billing.error.busy", formats.monthYear(month));
        }
    }

    /** Where billing stands in the user's region, for the billing page and the API. */
    @Transactional(readOnly = true)
    public Schedule schedule() {
        RegionCode root = root();
        Billed billed = billed(root);
        YearMonth current = YearMonth.now(clock);
        LocalDate firstRegistered = jdbc.sql("""
                        select min(p.registered_on) from participant_coverage_v p
                        where p.village_code >= ? and p.village_code < ?
                        """)
                .params(root.digits(), root.upperBound())
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        YearMonth next = BillingMonths.next(
                billed.last(), firstRegistered == null ? null : YearMonth.from(firstRegistered), current);
        return new Schedule(billed.first(), billed.last(), next, current);
    }

    private RegionCode root() {
        return CurrentUser.scope().root().filter(tenant.root()::contains).orElse(tenant.root());
    }

    /** The first and the last month with bills under a region; nulls when nothing was billed there. */
    private record Billed(YearMonth first, YearMonth last) {}

    private Billed billed(RegionCode root) {
        return jdbc.sql("""
                        select min(b.contribution_month), max(b.contribution_month)
                        from bill b join payer py on py.id = b.payer_id
                        where py.region_code >= ? and py.region_code < ?
                        """)
                .params(root.digits(), root.upperBound())
                .query((rs, n) -> {
                    LocalDate first = rs.getObject(1, LocalDate.class);
                    LocalDate last = rs.getObject(2, LocalDate.class);
                    return new Billed(
                            first == null ? null : YearMonth.from(first), last == null ? null : YearMonth.from(last));
                })
                .single();
    }

    /** Whether anybody under the region is covered in some month from {@code from} to {@code to}. */
    private boolean coveredBetween(RegionCode root, YearMonth from, YearMonth to) {
        return jdbc.sql("select count(*) from participant_coverage_v p where " + COVERED)
                        .param("month", from.atDay(1))
                        .param("monthEnd", to.atEndOfMonth())
                        .param("lo", root.digits())
                        .param("hi", root.upperBound())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Bills a month for every payer under a region, without refreshing cover (the caller does, once, after billing
     * several months). For start-up jobs; people use {@link #run}.
     */
    @Transactional
    Result bill(RegionCode root, YearMonth month) {
        Map<String, Object> p = Map.of(
                "month", month.atDay(1),
                "monthEnd", month.atEndOfMonth(),
                "lo", root.digits(),
                "hi", root.upperBound(),
                "now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        int bills = jdbc.sql("""
                        insert into bill (payer_id, contribution_month, created_at)
                        select distinct py.id, :month, :now
                        from participant_coverage_v p join payer py on py.region_code = p.village_code and py.code = %s
                        where %s
                          and not exists (select 1 from bill b where b.payer_id = py.id and b.contribution_month = :month)
                        """.formatted(PAYER_OF, COVERED)).params(p).update();
        Tariffs tariffs = rules.tariffs();
        int lines = jdbc.sql(
                        """
                        insert into bill_line (bill_id, participant_id, contribution_month, kind, jkk, jkm, amount,
                                               created_at)
                        select b.id, c.id, :month, 'TAGIHAN', c.jkk, c.jkm, c.jkk + c.jkm, :now
                        from (
                            select p.id, py.id as payer_id, %s as jkk, %s as jkm
                            from participant_coverage_v p join payer py on py.region_code = p.village_code and py.code = %s
                            where %s
                        ) c
                        join bill b on b.payer_id = c.payer_id and b.contribution_month = :month
                        where not exists (select 1 from bill_line l where l.participant_id = c.id
                                          and l.contribution_month = :month and l.kind = 'TAGIHAN')
                        """.formatted(price(tariffs, "JKK", month), price(tariffs, "JKM", month), PAYER_OF, COVERED))
                .params(p)
                .update();
        int corrections = jdbc.sql("""
                        insert into bill_line (bill_id, participant_id, contribution_month, kind, jkk, jkm, amount,
                                               created_at)
                        select l.bill_id, l.participant_id, l.contribution_month, 'KOREKSI', -l.jkk, -l.jkm, -l.amount, :now
                        from bill_line l join participant_coverage_v p on p.id = l.participant_id
                        where l.contribution_month = :month and l.kind = 'TAGIHAN'
                          and p.ended_on is not null and p.ended_on < :month
                          and p.village_code >= :lo and p.village_code < :hi
                          and not exists (select 1 from bill_line k where k.participant_id = l.participant_id
                                          and k.contribution_month = l.contribution_month and k.kind = 'KOREKSI')
                        """).params(p).update();
        Result r = new Result(month, bills, lines, corrections);
        audit.record(
                AuditAction.CREATE,
                "BILLING_RUN",
                month.toString(),
                root.digits(),
                "Tagihan " + month + ": " + bills + " tagihan baru, " + lines + " baris, " + corrections + " koreksi",
                null,
                Map.of("bulan", month.toString(), "tagihan", bills, "baris", lines, "koreksi", corrections));
        return r;
    }

    /** A payer's bill of a month, totalled over its lines (corrections included). */
    public record BillSummary(
            long billId, long payerId, String payerName, String region, LocalDate month, long lines, long total) {}

    @Transactional(readOnly = true)
    public List<BillSummary> bills(YearMonth month) {
        Limits.month("month", month, clock);
        var scope = CurrentUser.scope();
        return jdbc.sql("""
                        select b.id, py.id as payer_id, py.name, py.region_code, b.contribution_month,
                               sum(case when l.kind = 'TAGIHAN' then 1 else 0 end) -
                               sum(case when l.kind = 'KOREKSI' then 1 else 0 end) as lines,
                               coalesce(sum(l.amount), 0) as total
                        from bill b join payer py on py.id = b.payer_id
                        left join bill_line l on l.bill_id = b.id
                        where b.contribution_month = ? and py.region_code >= ? and py.region_code < ?
                        group by b.id, py.id, py.name, py.region_code, b.contribution_month
                        order by py.region_code
                        """)
                .params(month.atDay(1), scope.lower(), scope.upper())
                .query((rs, n) -> new BillSummary(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        new RegionCode(rs.getString(4)).dotted(),
                        rs.getObject(5, LocalDate.class),
                        rs.getLong(6),
                        rs.getLong(7)))
                .list();
    }
}
