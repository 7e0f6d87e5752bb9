package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.pesona.access.TestAccounts;
import id.pesona.support.Billing;
import id.pesona.support.IntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The billing run on real SQL: bills per payer, lines per covered participant, idempotent, corrections. */
class BillingRunIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    BillingRun billing;

    long registered(String village, String funding, long income, LocalDate registeredOn, LocalDate endedOn) {
        return Fixtures.registered(jdbc, village, funding, income, registeredOn, endedOn);
    }

    long total(String payerCode, String month) {
        return jdbc.sql("""
                        select coalesce(sum(l.amount), 0) from bill_line l join bill b on b.id = l.bill_id
                        join payer p on p.id = b.payer_id where p.code = ? and b.contribution_month = ?
                        """)
                .params(payerCode, LocalDate.parse(month + "-01"))
                .query(Long.class)
                .single();
    }

    void standOn(LocalDate day) {
        clock.set(day.atTime(10, 0).atZone(ZoneId.of("Asia/Makassar")).toInstant());
    }

    BillingRun.Result run(String month) throws Exception {
        var r = mvc.perform(post("/api/v1/billing-runs")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"month\":\"" + month + "\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var json = com.jayway.jsonpath.JsonPath.parse(r);
        return new BillingRun.Result(
                YearMonth.parse(month),
                json.read("$.bills", Integer.class),
                json.read("$.lines", Integer.class),
                json.read("$.corrections", Integer.class));
    }

    @Test
    void billsEachPayerForItsCoveredParticipantsOnceAndCorrectsByNewLines() throws Exception {
        Billing.months(mvc, accounts.as("t.admin"), "2025-12");
        long a = registered("7209122002", "APBDES", 1_000_000, LocalDate.of(2025, 1, 1), null);
        registered("7209122002", "APBDES", 2_000_000, LocalDate.of(2025, 6, 1), null);
        registered("7209101001", "APBD_KABUPATEN", 1_000_000, LocalDate.of(2025, 1, 1), null);
        // not covered in December: registered later, or ended before it
        registered("7209122002", "APBDES", 1_000_000, LocalDate.of(2026, 1, 5), null);
        registered("7209122002", "APBDES", 1_000_000, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 11, 30));

        var first = run("2025-12");
        assertThat(first.bills()).isGreaterThanOrEqualTo(2);
        // JKK 1 % + JKM Rp6.800: Rp16.800 and Rp26.800
        assertThat(total("APBDES-7209122002", "2025-12")).isEqualTo(16_800 + 26_800);
        assertThat(total("APBD-7209101001", "2025-12")).isEqualTo(16_800);

        // running the month again changes nothing
        var again = run("2025-12");
        assertThat(again.bills()).isZero();
        assertThat(again.lines()).isZero();
        assertThat(again.corrections()).isZero();
        assertThat(total("APBDES-7209122002", "2025-12")).isEqualTo(43_600);

        // a late registration for December adds a line; an exit dated before December corrects with a new line
        registered("7209122002", "APBDES", 1_000_000, LocalDate.of(2025, 12, 15), null);
        jdbc.sql("update participant set status = 'BERHENTI', active_nik = null, ended_on = ? where id = ?")
                .params(LocalDate.of(2025, 11, 20), a)
                .update();
        var late = run("2025-12");
        assertThat(late.lines()).isEqualTo(1);
        assertThat(late.corrections()).isEqualTo(1);
        assertThat(total("APBDES-7209122002", "2025-12")).isEqualTo(43_600 + 16_800 - 16_800);
        assertThat(jdbc.sql("select count(*) from bill_line l join participant p on p.id = l.participant_id"
                                + " where p.id = ? and l.contribution_month = date '2025-12-01'")
                        .param(a)
                        .query(Long.class)
                        .single())
                .as("the original line stays; the correction is a second line")
                .isEqualTo(2L);
        assertThat(run("2025-12").lines()).isZero();
    }

    @Test
    void tariffRowsInForceForTheMonthPriceTheLines() throws Exception {
        registered("7209122003", "APBDES", 1_000_000, LocalDate.of(2025, 1, 1), null);
        // May 2026 can be billed once it has come, after the months before it
        standOn(LocalDate.of(2026, 5, 20));
        Billing.months(mvc, accounts.as("t.admin"), "2025-12", "2026-04");
        // PP 50/2025 is limited to other funders by default: APBDes still pays Rp16.800 in April 2026
        assertThat(total("APBDES-7209122003", "2026-04")).isEqualTo(16_800);
        jdbc.sql("""
                        insert into tariff_rule (programme, segment, valid_from, valid_until, basis_points, flat_amount,
                            funding_sources, legal_basis, created_by)
                        values ('JKK', 'BPU', date '2026-05-01', date '2026-12-01', 50, null, 'APBDES', 'PP 50/2025', 'uji'),
                               ('JKM', 'BPU', date '2026-05-01', date '2026-12-01', null, 3400, 'APBDES', 'PP 50/2025', 'uji')
                        """).update();
        try {
            run("2026-05");
            assertThat(total("APBDES-7209122003", "2026-05")).isEqualTo(8_400);
        } finally {
            jdbc.sql("delete from tariff_rule where created_by = 'uji'").update();
        }
    }

    String schedule() throws Exception {
        return mvc.perform(get("/api/v1/billing-runs/schedule").with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    long bills() {
        return jdbc.sql("select count(*) from bill").query(Long.class).single();
    }

    @Test
    void billsMonthAfterMonthUpToTheCurrentMonthOnly() throws Exception {
        registered("7209122005", "APBDES", 1_000_000, LocalDate.of(2025, 1, 1), null);
        Billing.months(mvc, accounts.as("t.admin"), "2025-12");
        YearMonth last = YearMonth.parse(JsonPath.read(schedule(), "$.lastBilled"));
        // two months after the last billed one: the next month to bill is the one after it, not the current one
        YearMonth current = last.plusMonths(2);
        standOn(current.atDay(3));
        run(last.toString());
        assertThat((String) JsonPath.read(schedule(), "$.next"))
                .isEqualTo(last.plusMonths(1).toString());
        assertThat((String) JsonPath.read(schedule(), "$.current")).isEqualTo(current.toString());
        long before = bills();

        // a month after the current business month, and a month that skips one: 400 in Indonesian, nothing billed
        mvc.perform(post("/api/v1/billing-runs")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"month\":\"" + current.plusMonths(1) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail")
                        .value("Bulan " + Billing.monthName(current.plusMonths(1))
                                + " belum dapat ditagih: bulan berjalan adalah " + Billing.monthName(current)
                                + ". Tagihan hanya dijalankan untuk bulan yang sudah tiba."))
                .andExpect(jsonPath("$.errors.month").exists());
        mvc.perform(post("/api/v1/billing-runs")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"month\":\"" + current + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("Bulan " + Billing.monthName(current) + " belum dapat ditagih karena "
                                + Billing.monthName(last.plusMonths(1))
                                + " belum ditagih. Tagihan dijalankan berurutan tanpa bulan yang terlewat: jalankan"
                                + " dulu tagihan " + Billing.monthName(last.plusMonths(1)) + "."));
        assertThat(bills()).isEqualTo(before);

        // the next month, then the current month
        assertThat(run(last.plusMonths(1).toString()).bills()).isPositive();
        assertThat((String) JsonPath.read(schedule(), "$.next")).isEqualTo(current.toString());
        var now = run(current.toString());
        assertThat(now.lines()).isPositive();
        assertThat(total("APBDES-7209122005", current.toString())).isEqualTo(16_800);
        // again: nothing new
        var again = run(current.toString());
        assertThat(again.bills() + again.lines() + again.corrections()).isZero();
        assertThat(total("APBDES-7209122005", current.toString())).isEqualTo(16_800);
        // the next month has not come yet
        assertThat((String) JsonPath.read(schedule(), "$.next"))
                .isEqualTo(current.plusMonths(1).toString());
        mvc.perform(get("/iuran/tagihan").with(accounts.as("t.admin")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Bulan berikutnya yang ditagih: " + Billing.monthName(current.plusMonths(1)))))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "dapat dijalankan mulai 1 " + Billing.monthName(current.plusMonths(1)))));
        // a month inside the billed run can run again (a late registration is billed)
        registered("7209122005", "APBDES", 2_000_000, LocalDate.of(2025, 1, 1), null);
        assertThat(run(last.toString()).lines()).isEqualTo(1);
    }

    @Test
    void twoAdminsRunningTheSameMonthAtOnceBillItOnce() throws Exception {
        registered("7209112007", "APBDES", 1_000_000, LocalDate.of(2025, 1, 1), null);
        Billing.months(mvc, accounts.as("t.admin"), "2025-12");
        YearMonth next =
                YearMonth.parse(JsonPath.read(schedule(), "$.lastBilled")).plusMonths(1);
        standOn(next.atDay(4));
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            var runs = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/api/v1/billing-runs")
                                    .with(accounts.as("t.admin"))
                                    .with(csrf())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"month\":\"" + next + "\"}"))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            for (var r : runs) {
                assertThat(r.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        // one bill per payer and one line per worker, as if it had run once
        assertThat(jdbc.sql("""
                                select count(*) from bill_line l join bill b on b.id = l.bill_id
                                join payer p on p.id = b.payer_id where p.code = 'APBDES-7209112007'
                                and b.contribution_month = ?
                                """).param(next.atDay(1)).query(Long.class).single())
                .isEqualTo(1L);
        assertThat(total("APBDES-7209112007", next.toString())).isEqualTo(16_800);
    }

    @Test
    void onlyAdminRunsBilling() throws Exception {
        for (String user : new String[] {"t.bpjs", "t.pimpinan", "t.desa"}) {
            mvc.perform(post("/api/v1/billing-runs")
                            .with(accounts.as(user))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"month\":\"2025-12\"}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/billing-runs")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"month\":null}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void theBillsPageShowsEachPayersTotal() throws Exception {
        registered("7209122004", "APBDES", 1_000_000, LocalDate.of(2025, 1, 1), null);
        Billing.months(mvc, accounts.as("t.admin"), "2025-10");
        mvc.perform(post("/iuran/tagihan")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("bulan", "2025-11"))
                .andExpect(status().isFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/iuran/tagihan")
                        .param("bulan", "2025-11")
                        .with(accounts.as("t.camat")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("November 2025")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/iuran/tagihan")
                        .param("bulan", "2025-11")
                        .with(accounts.as("t.admin")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Pemerintah Desa Tumotok")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Rp16.800")));
    }
}
