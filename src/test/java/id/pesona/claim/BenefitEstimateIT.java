package id.pesona.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The claim estimate page after a report typed on the form (MockMvc with CSRF), with the benefit rows the migrations
 * seed (V40 and its corrections V43, V44) on the real database: the amounts are hand-computed from domain.md.
 */
class BenefitEstimateIT extends IntegrationTest {

    /** Villages no other test uses: their payers carry only this test's bills. */
    static final String TAYAWA = "7209082003";

    static final String UEKULI = "7209082004";

    @Autowired
    TestAccounts accounts;

    @Autowired
    BenefitRuleBook book;

    void standOn(LocalDate day) {
        clock.set(day.atTime(10, 0).atZone(ZoneId.of("Asia/Makassar")).toInstant());
    }

    long report(MockHttpServletRequestBuilder form) throws Exception {
        String location = mvc.perform(form.with(accounts.as("t.admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/klaim/\\d+");
        return Long.parseLong(location.substring("/klaim/".length()));
    }

    MockHttpServletRequestBuilder accident(long participant, String outcome, String date) {
        return post("/klaim/baru")
                .param("participantId", String.valueOf(participant))
                .param("type", "JKK")
                .param("incidentDate", date)
                .param("place", "Perahu di perairan Tayawa")
                .param("description", "Tangan terjepit mesin perahu")
                .param("circumstance", "DI_TEMPAT_KERJA")
                .param("outcome", outcome)
                .param("reporterName", "Kepala Desa")
                .param("reporterPhone", "0812 4455 6677");
    }

    Document page(long claim) throws Exception {
        return Jsoup.parse(mvc.perform(get("/klaim/" + claim).with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @ParameterizedTest(name = "{0}: table {1} %, loss of function {2} %, transport {3}: {4}")
    @CsvSource(textBlock = """
            # rule,                                        table, loss, transport, total,        transport ceiling
            # 30 % × 80 × Rp1.000.000 (not × 56 = Rp16.800.000); by sea up to Rp2.000.000
            PP 82/2019 Lampiran (cacat anatomis),          30,    ,     LAUT,      Rp24.000.000, Rp2.000.000
            # 50 % loss of function × 30 % × 80 × Rp1.000.000; by land up to Rp5.000.000
            PP 82/2019 Lampiran (cacat fungsi),            30,    50,   DARAT,     Rp12.000.000, Rp5.000.000
            # 10 % × 80 × Rp1.000.000; by air up to Rp10.000.000
            PP 82/2019 Lampiran (cacat anatomis),          10,    ,     UDARA,     Rp8.000.000,  Rp10.000.000
            """)
    void theEstimatePageShowsPartialDisabilityAtEightyTimesTheIncomeAndTheTransportCeiling(
            String rule, String table, String loss, String transport, String total, String ceiling) throws Exception {
        long p = ClaimFixtures.worker(jdbc, UEKULI, "Darwis " + table + transport, LocalDate.of(2025, 10, 1));
        ClaimFixtures.bill(mvc, accounts, "2025-10", "2025-11", "2025-12");
        var form = accident(p, "CACAT_SEBAGIAN", "2025-12-10")
                .param("disabilityPercent", table)
                .param("transport", transport);
        if (loss != null) {
            form.param("functionLossPercent", loss);
        }
        Document d = page(report(form));
        assertThat(d.selectFirst("#estimate-total").text()).isEqualTo(total);
        assertThat(d.select("#estimate tr").text()).contains("paling banyak " + ceiling);
        assertThat(d.select("#estimate tr").text()).contains("× 80 ×");
        assertThat(d.text()).contains("Ditambah paling banyak " + ceiling);
    }

    @org.junit.jupiter.api.Test
    void anIncomeBelowTheLowestBandIsInsuredAtTheLowestBand() throws Exception {
        // declared Rp500.000: insured at the lowest band Rp1.000.000 (Permenaker 5/2021 Lampiran), so a work-accident
        // death pays 48 × Rp1.000.000 + Rp10.000.000 funeral + Rp12.000.000 periodic = Rp70.000.000, not
        // 48 × Rp500.000 + Rp22.000.000 = Rp46.000.000
        long p = ClaimFixtures.worker(jdbc, UEKULI, "Rahmat Pobela", LocalDate.of(2025, 10, 1));
        jdbc.sql("update participant set declared_income = 500000 where id = ?")
                .param(p)
                .update();
        ClaimFixtures.bill(mvc, accounts, "2025-10", "2025-11", "2025-12");
        long claim = report(
                accident(p, "MENINGGAL", "2025-12-10").param("heirIds", String.valueOf(ClaimFixtures.heirOf(jdbc, p))));
        Document d = page(claim);
        assertThat(d.selectFirst("#estimate-total").text()).isEqualTo("Rp70.000.000");
        assertThat(d.select("#estimate tr").text()).contains("48 × penghasilan Rp1.000.000");
    }

    @org.junit.jupiter.api.Test
    void aDeathTwoMonthsAfterRegistrationOnThe20thPaysTenMillionNotTheFullJkm() throws Exception {
        // registered 20 October 2025, October–December paid on 5 January 2026, died 10 January 2026: 2 months and 21
        // days from the membership start date (Permenaker 1/2025), so Rp10.000.000 in all; counted from 1 October it
        // would have been 3 months and the full Rp42.000.000
        long p = ClaimFixtures.worker(jdbc, TAYAWA, "Hasna Lamasi", LocalDate.of(2025, 10, 20));
        standOn(LocalDate.of(2026, 1, 5));
        ClaimFixtures.bill(mvc, accounts, "2025-10", "2025-11", "2025-12", "2026-01");
        long payer = jdbc.sql("select id from payer where code = ?")
                .param("APBDES-" + TAYAWA)
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/payments")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"payerId\":%d,\"paidOn\":\"2026-01-05\",\"amount\":\"Rp50.400\",\"reference\":\"TAYAWA-1\"}"
                                        .formatted(payer)))
                .andExpect(status().isCreated());
        standOn(LocalDate.of(2026, 1, 12));
        long claim = report(post("/klaim/baru")
                .param("participantId", String.valueOf(p))
                .param("type", "JKM")
                .param("incidentDate", "2026-01-10")
                .param("cause", "Sakit jantung")
                .param("reporterName", "Kepala Desa Tayawa")
                .param("heirIds", String.valueOf(ClaimFixtures.heirOf(jdbc, p))));
        Document d = page(claim);
        assertThat(d.selectFirst("#estimate-total").text()).isEqualTo("Rp10.000.000");
        assertThat(d.select("#estimate tr").text()).contains("kurang dari 3 bulan");
        assertThat(d.text()).contains("Baru 2 bulan menjadi peserta");
        assertThat(jdbc.sql("select estimate_total from claim where id = ?")
                        .param(claim)
                        .query(Long.class)
                        .single())
                .isEqualTo(10_000_000L);
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(textBlock = """
            # code,                 date,       amount,   multiple, quantity, months, legal basis starts with
            JKK_CACAT_SEBAGIAN,     2025-12-01, ,         80,       ,         ,       PP 44/2015 jo. PP 82/2019
            JKK_CACAT_FUNGSI,       2025-12-01, ,         80,       ,         ,       PP 44/2015 jo. PP 82/2019
            JKK_CACAT_TOTAL,        2025-12-01, ,         56,       ,         ,       PP 82/2019
            JKK_CACAT_TOTAL_BERKALA,2025-12-01, 500000,   ,         24,       ,       PP 82/2019
            JKK_TRANSPORT_DARAT,    2025-12-01, 5000000,  ,         ,         ,       PP 44/2015 jo. PP 82/2019
            JKK_TRANSPORT_LAUT,     2025-12-01, 2000000,  ,         ,         ,       PP 44/2015 jo. PP 82/2019
            JKK_TRANSPORT_UDARA,    2025-12-01, 10000000, ,         ,         ,       PP 44/2015 jo. PP 82/2019
            JKK_BATAS_LAPOR,        2025-12-01, ,         ,         2,        ,       Permenaker 5/2021
            # Permenaker 1/2025 from its promulgation (24 February 2025); before it no minimum membership (0 months)
            JKM_AWAL,               2025-01-01, 10000000, ,         ,         0,      Koreksi
            JKM_AWAL,               2025-02-23, 10000000, ,         ,         0,      Koreksi
            JKM_AWAL,               2025-02-24, 10000000, ,         ,         3,      Permenaker 1/2025
            """)
    void theRowsInForceAreTheCorrectedOnes(
            BenefitCode code,
            LocalDate date,
            Long amount,
            Integer multiple,
            Integer quantity,
            Integer months,
            String basis) {
        BenefitRule r = book.rules().require(code, date);
        assertThat(r.amount()).isEqualTo(amount);
        assertThat(r.incomeMultiple()).isEqualTo(multiple);
        assertThat(r.quantity()).isEqualTo(quantity);
        assertThat(r.months()).isEqualTo(months);
        assertThat(r.legalBasis()).startsWith(basis);
    }
}
