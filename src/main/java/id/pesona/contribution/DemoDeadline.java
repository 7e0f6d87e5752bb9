package id.pesona.contribution;

import id.pesona.shared.TenantProperties;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: the regency's deadline for settling arrears, on the 19th of December like the one announced at the
 * monitoring meeting of 9 December 2025 (this year's or next year's, whichever is ahead).
 */
@Component
@Profile("demo")
@Order(30)
class DemoDeadline implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final TenantProperties tenant;
    private final Clock clock;

    DemoDeadline(JdbcClient jdbc, TenantProperties tenant, Clock clock) {
        this.jdbc = jdbc;
        this.tenant = tenant;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from deadline").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate due = LocalDate.of(today.getYear(), 12, 19);
        if (due.isBefore(today)) {
            due = due.plusYears(1);
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into deadline (title, due_date, region_code, legal_basis, created_by)
                        values (?, ?, ?, ?, 'sistem')
                        """)
                .params(
                        "Batas pelunasan tunggakan iuran " + due.getYear(),
                        due,
                        tenant.root().digits(),
                        "Rapat monitoring dan evaluasi Tim Percepatan Jamsostek (demo)")
                .update(key, "id");
        jdbc.sql("""
                        insert into deadline_payer (deadline_id, payer_id)
                        select ?, p.id from payer p
                        where p.region_code >= ? and p.region_code < ?
                        """)
                .params(
                        key.getKey().longValue(),
                        tenant.root().digits(),
                        tenant.root().upperBound())
                .update();
    }
}
