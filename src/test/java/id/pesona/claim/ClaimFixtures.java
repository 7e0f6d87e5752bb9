package id.pesona.claim;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.pesona.access.TestAccounts;
import id.pesona.support.Billing;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Test data for claims: registered workers with an heir, and bills from the monthly billing run (ADMIN). */
public final class ClaimFixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger(8500);

    private ClaimFixtures() {}

    /** A registered BPU worker (income Rp1,000,000, APBDes) of a village, with one heir; returns its id. */
    public static long worker(JdbcClient jdbc, String village, String name, LocalDate registeredOn) {
        String nik = "720905120690" + String.format("%04d", SERIAL.incrementAndGet());
        jdbc.sql("""
                        insert into participant (nik, active_nik, full_name, birth_date, sex, village_code, occupation,
                            declared_income, segment, funding_source, programme_year, status, kpj, registered_on,
                            declared_fit, proposed_by, created_at)
                        values (?, ?, ?, date '1990-06-12', 'L', ?, 'NELAYAN', 1000000, 'BPU', 'APBDES', 2025,
                            'TERDAFTAR', ?, ?, true, 'uji', ?)
                        """)
                .params(
                        nik,
                        nik,
                        name,
                        village,
                        "27" + String.format("%09d", SERIAL.get()),
                        registeredOn,
                        OffsetDateTime.parse("2025-01-01T00:00:00Z"))
                .update();
        long id = jdbc.sql("select id from participant where nik = ?")
                .param(nik)
                .query(Long.class)
                .single();
        jdbc.sql("insert into heir (participant_id, full_name, relation) values (?, ?, 'ISTRI')")
                .params(id, "Istri " + name)
                .update();
        return id;
    }

    /** A JSON POST to the API as the account (with a CSRF token, as the session of a signed-in page would). */
    public static ResultActions postJson(MockMvc mvc, TestAccounts accounts, String user, String path, String json)
            throws Exception {
        return mvc.perform(post(path)
                .with(accounts.as(user))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    public static long heirOf(JdbcClient jdbc, long participantId) {
        return jdbc.sql("select min(id) from heir where participant_id = ?")
                .param(participantId)
                .query(Long.class)
                .single();
    }

    /** Runs the billing of the months (idempotent, filling any months between), so unpaid months carry an amount. */
    public static void bill(MockMvc mvc, TestAccounts accounts, String... months) {
        Billing.months(mvc, accounts.as("t.admin"), months);
    }
}
