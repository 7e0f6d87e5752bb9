package id.pesona.contribution;

import id.pesona.shared.TenantProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data: bills every month from the first registration up to the current month, and payments that leave most
 * villages paid up, some in arrears inside the grace period (MENUNGGAK) and a few beyond it (NONAKTIF), so that the
 * arrears pages, the deadline and the forecast have something to show.
 */
@Component
@Profile("demo")
@Order(50)
class DemoPayments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPayments.class);

    private final JdbcClient jdbc;
    private final BillingRun billing;
    private final PayerLedgers ledgers;
    private final TenantProperties tenant;
    private final Clock clock;

    DemoPayments(JdbcClient jdbc, BillingRun billing, PayerLedgers ledgers, TenantProperties tenant, Clock clock) {
        this.jdbc = jdbc;
        this.billing = billing;
        this.ledgers = ledgers;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** How many months before the current one a demo payer has paid up to: 0 for most, 2 (in grace) or 5 (lapsed). */
    static int monthsBehind(int payerIndex) {
        if (payerIndex % 19 == 7) {
            return 5;
        }
        return payerIndex % 9 == 4 ? 2 : 0;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from bill").query(Long.class).single() > 0) {
            return;
        }
        LocalDate first = jdbc.sql("select min(registered_on) from participant where registered_on is not null")
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (first == null) {
            return;
        }
        long started = System.nanoTime();
        YearMonth current = YearMonth.now(clock);
        for (YearMonth m = YearMonth.from(first); !m.isAfter(current); m = m.plusMonths(1)) {
            billing.bill(tenant.root(), m);
        }
        List<Long> payers =
                ledgers.payersUnder(tenant.root().digits(), tenant.root().upperBound());
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int i = 0;
        for (long payer : payers) {
            YearMonth paidThrough = current.minusMonths(monthsBehind(i++));
            for (int year = first.getYear(); year <= paidThrough.getYear(); year++) {
                YearMonth last = year == paidThrough.getYear() ? paidThrough : YearMonth.of(year, 12);
                LocalDate paidOn = year == current.getYear()
                        ? LocalDate.now(clock).withDayOfMonth(1).minusMonths(monthsBehind(i - 1))
                        : LocalDate.of(year, 2, 10);
                jdbc.sql("""
                                insert into payment (payer_id, paid_on, amount, reference, note, recorded_by,
                                                     recorded_at)
                                select b.payer_id, :paidOn, sum(l.amount), :ref, 'Data demo', 'sistem', :now
                                from bill b join bill_line l on l.bill_id = b.id
                                where b.payer_id = :payer and b.contribution_month >= :from
                                  and b.contribution_month <= :until
                                group by b.payer_id
                                having sum(l.amount) > 0
                                """)
                        .param("paidOn", paidOn)
                        .param("ref", "DEMO-" + year + "-" + payer)
                        .param("now", now)
                        .param("payer", payer)
                        .param("from", LocalDate.of(year, 1, 1))
                        .param("until", last.atDay(1))
                        .update();
            }
        }
        log.info("demo payments {} ms", (System.nanoTime() - started) / 1_000_000);
        // fresh statistics after the bulk load (PostgreSQL and H2 both know ANALYZE): without them the planner
        // takes the new tables for empty until autovacuum comes round, and refreshes and dashboards slow down
        jdbc.sql("analyze").update();
        ledgers.refresh(payers);
        jdbc.sql("analyze").update();
        log.info(
                "Data demo iuran: tagihan {}–{} dan pembayaran untuk {} pembayar dalam {} ms",
                YearMonth.from(first),
                current,
                payers.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
