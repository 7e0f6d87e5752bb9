package id.pesona.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.pesona.access.TestAccounts;
import id.pesona.shared.Rupiah;
import id.pesona.support.IntegrationTest;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/** Claims through the service, the pages and the API: eligibility from the real cover, steps, scoping, audit. */
class ClaimIT extends IntegrationTest {

    static final String SANSARINO = "7209052001";

    @Autowired
    TestAccounts accounts;

    @Autowired
    org.springframework.context.ApplicationContext context;

    ResultActions api(String user, String path, String json) throws Exception {
        return ClaimFixtures.postJson(mvc, accounts, user, path, json);
    }

    String jkm(long participant, long heir, String date) {
        return """
                {"participantId": %d, "type": "JKM", "incidentDate": "%s", "cause": "Sakit jantung",
                 "reporterName": "Kepala Desa Sansarino", "reporterPhone": "0812 4455 6677", "heirIds": [%d]}
                """.formatted(participant, date, heir);
    }

    long blockedDeath(String name) throws Exception {
        long p = ClaimFixtures.worker(jdbc, SANSARINO, name, LocalDate.of(2025, 10, 1));
        ClaimFixtures.bill(mvc, accounts, "2025-10", "2025-11", "2025-12");
        String body = api("t.desa", "/api/v1/claims", jkm(p, ClaimFixtures.heirOf(jdbc, p), "2025-12-10"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.parse(body).read("$.claim.id", Long.class);
    }

    @Test
    void aDeathDuringArrearsIsBlockedWithThePayerMonthsAndAmount() throws Exception {
        long id = blockedDeath("Ruslan Tompoh");
        String body = mvc.perform(get("/api/v1/claims/" + id).with(accounts.as("t.desa")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("TERHAMBAT"))
                .andExpect(jsonPath("$.claim.status").value("DILAPORKAN"))
                .andExpect(jsonPath("$.unpaidMonths[0]").value("2025-10"))
                .andExpect(jsonPath("$.reasons[0].key").value("claim.reason.arrears"))
                .andExpect(jsonPath("$.requiredDocuments.length()").value(4))
                .andExpect(jsonPath("$.steps[0].actor").value("t.desa"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var json = JsonPath.parse(body);
        long due = json.read("$.amountDue", Long.class);
        assertThat(due).isGreaterThanOrEqualTo(3 * 16_800L);
        assertThat(json.read("$.claim.arrearsAmount", Long.class)).isEqualTo(due);
        assertThat(json.read("$.payer", String.class)).isNotBlank();
        assertThat(json.read("$.reasons[0].text", String.class))
                .contains("belum dibayar")
                .contains("terhambat");
        // two months of membership: Permenaker 1/2025 pays Rp10,000,000 in all
        assertThat(json.read("$.estimateTotal", Long.class)).isEqualTo(10_000_000L);

        // the list highlights it with the arrears behind it
        mvc.perform(get("/klaim").param("kelayakan", "TERHAMBAT").with(accounts.as("t.camat")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ruslan Tompoh")))
                .andExpect(content().string(containsString("list-group-item-warning")))
                .andExpect(content().string(containsString(Rupiah.of(due).toString())));
        mvc.perform(get("/klaim/" + id).with(accounts.as("t.desa")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Terhambat")))
                .andExpect(content().string(containsString(Rupiah.of(due).toString())));
        mvc.perform(get("/api/v1/claims")
                        .param("verdict", "TERHAMBAT")
                        .param("type", "JKM")
                        .param("region", "72.09.05")
                        .param("from", "2025-12-01")
                        .param("to", "2025-12-31")
                        .with(accounts.as("t.pimpinan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ruslan Tompoh")));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'CLAIM' and entity_id = ?")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void stepsAreGuardedAndKeptAsHistory() throws Exception {
        long id = blockedDeath("Hamid Lasompo");
        String base = "/api/v1/claims/" + id;
        // submitting before the documents are complete is refused in words
        api("t.bpjs", base + "/submit", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("setelah berkasnya lengkap")));
        // a village does not advance the workflow; a read-only role neither
        api("t.desa", base + "/documents-complete", "{\"documents\": []}").andExpect(status().isForbidden());
        api("t.camat", base + "/submit", "{}").andExpect(status().isForbidden());
        api("t.bpjs", base + "/documents-complete", "{\"documents\": [\"KTP\", \"KK\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Berkas belum lengkap: 2 dokumen")));
        api(
                        "t.bpjs",
                        base + "/documents-complete",
                        "{\"documents\": [\"KTP\", \"KK\", \"AKTA_KEMATIAN\", \"DOKUMEN_AHLI_WARIS\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.claim.status").value("BERKAS_LENGKAP"))
                .andExpect(jsonPath("$.receivedDocuments.length()").value(4));
        api("t.admin", base + "/submit", "{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.claim.status").value("DIAJUKAN_KE_BPJS"));
        // a blocked claim is not paid until the arrears are settled
        api("t.bpjs", base + "/pay", "{\"amount\": 10000000, \"paidOn\": \"2025-12-19\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("masih terhambat")));
        api("t.bpjs", base + "/reject", "{\"reason\": \"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Isi alasan")));
        api("t.bpjs", base + "/reject", "{\"reason\": \"Tunggakan iuran tidak dilunasi sampai batas waktu\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.claim.status").value("DITOLAK"))
                .andExpect(jsonPath("$.steps.length()").value(4))
                .andExpect(jsonPath("$.steps[3].actor").value("t.bpjs"))
                .andExpect(jsonPath("$.steps[2].actor").value("t.admin"));
        // the same refusal again is a conflict that names who refused it
        api("t.bpjs", base + "/reject", "{\"reason\": \"lagi\"}")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Klaim #" + id + " sudah ditolak oleh t.bpjs")));
        // the page action gives the same sentence, not a 500
        mvc.perform(post("/klaim/" + id + "/ajukan").with(accounts.as("t.bpjs")).with(csrf()))
                .andExpect(redirectedUrl("/klaim/" + id))
                .andExpect(flash().attribute("claimError", "claim.error.transition.DIAJUKAN_KE_BPJS"));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'CLAIM' and entity_id = ?")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(4L);
        // a second death claim is refused while this one... was refused: allowed again
        long p = jdbc.sql("select participant_id from claim where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        api("t.desa", "/api/v1/claims", jkm(p, ClaimFixtures.heirOf(jdbc, p), "2025-12-10"))
                .andExpect(status().isCreated());
        api("t.desa", "/api/v1/claims", jkm(p, ClaimFixtures.heirOf(jdbc, p), "2025-12-10"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("sudah dilaporkan sebagai klaim")));
    }

    @Test
    void anIncidentBeforeRegistrationIsNotCovered() throws Exception {
        long p = ClaimFixtures.worker(jdbc, SANSARINO, "Yusran Bado", LocalDate.of(2025, 10, 1));
        String body = api("t.admin", "/api/v1/claims", """
                        {"participantId": %d, "type": "JKK", "incidentDate": "2025-09-30", "place": "Laut Teluk Tomini",
                         "description": "Perahu terbalik", "circumstance": "DI_TEMPAT_KERJA", "outcome": "STMB",
                         "stmbDays": 14, "reporterName": "Petugas Dinas"}
                        """.formatted(p))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.verdict").value("TIDAK_DITANGGUNG"))
                .andExpect(jsonPath("$.reasons[0].key").value("claim.reason.beforeRegistration"))
                .andExpect(jsonPath("$.estimate.length()").value(0))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.parse(body).read("$.reasons[0].text", String.class)).contains("1 Oktober 2025");
        // reported long after 2 × 24 hours: a warning
        assertThat(body).contains("claim.reason.lateReport");
    }

    @Test
    void reportsAreValidatedInIndonesian() throws Exception {
        long p = ClaimFixtures.worker(jdbc, SANSARINO, "Sitti Ladja", LocalDate.of(2025, 10, 1));
        api("t.desa", "/api/v1/claims", """
                        {"participantId": %d, "type": "JKK", "incidentDate": "2025-12-18", "place": "Kebun",
                         "description": "Terjatuh", "circumstance": "PERJALANAN", "reporterName": "Operator"}
                        """.formatted(p))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih akibat kecelakaan.")));
        api("t.desa", "/api/v1/claims", jkm(p, ClaimFixtures.heirOf(jdbc, p), "2025-12-20"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("tidak boleh di masa depan")));
        api("t.desa", "/api/v1/claims", """
                        {"participantId": %d, "type": "JKM", "incidentDate": "2025-12-18", "cause": "Sakit",
                         "reporterName": "Operator", "heirIds": []}
                        """.formatted(p))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih ahli waris")));
        // the form keeps what was typed and says what is wrong
        mvc.perform(post("/klaim/baru")
                        .with(accounts.as("t.desa"))
                        .with(csrf())
                        .param("participantId", String.valueOf(p))
                        .param("type", "JKM")
                        .param("incidentDate", "2025-12-18")
                        .param("reporterName", "Operator"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Isi sebab meninggal.")))
                .andExpect(content().string(containsString("Sitti Ladja")));
        mvc.perform(post("/klaim/baru")
                        .with(accounts.as("t.desa"))
                        .with(csrf())
                        .param("participantId", String.valueOf(p))
                        .param("type", "JKM")
                        .param("incidentDate", "2025-12-18")
                        .param("cause", "Sakit")
                        .param("heirIds", String.valueOf(ClaimFixtures.heirOf(jdbc, p)))
                        .param("reporterName", "Operator"))
                .andExpect(redirectedUrlPattern("/klaim/*"));
    }

    @Test
    void villagesReportAndSeeOnlyTheirOwn() throws Exception {
        long id = blockedDeath("Arman Tojo");
        long p = jdbc.sql("select participant_id from claim where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        // another village neither sees the claim nor reports for the worker
        mvc.perform(get("/api/v1/claims/" + id).with(accounts.as("t.lemoro"))).andExpect(status().isForbidden());
        mvc.perform(get("/klaim/" + id).with(accounts.as("t.lemoro"))).andExpect(status().isForbidden());
        mvc.perform(get("/klaim/" + id + "/ringkasan.pdf").with(accounts.as("t.lemoro")))
                .andExpect(status().isForbidden());
        api("t.lemoro", "/api/v1/claims", jkm(p, ClaimFixtures.heirOf(jdbc, p), "2025-12-10"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/claims").with(accounts.as("t.lemoro")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Arman Tojo"))));
        mvc.perform(get("/api/v1/claims").param("region", "72.09.05").with(accounts.as("t.lemoro")))
                .andExpect(status().isForbidden());
        // the camat reads, but does not report
        mvc.perform(get("/api/v1/claims").with(accounts.as("t.camat")))
                .andExpect(content().string(containsString("Arman Tojo")));
        api("t.camat", "/api/v1/claims", jkm(p, ClaimFixtures.heirOf(jdbc, p), "2025-12-10"))
                .andExpect(status().isForbidden());
        api("t.pimpinan", "/api/v1/claims", jkm(p, ClaimFixtures.heirOf(jdbc, p), "2025-12-10"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSummaryPdfCarriesTheEligibilityEstimateAndHistory() throws Exception {
        long id = blockedDeath("Nurdin Walea");
        assertThat(summaryPdfText(id, "t.camat", "claim-summary.pdf"))
                .contains("RINGKASAN KLAIM JAMINAN SOSIAL KETENAGAKERJAAN")
                .contains("PEMERINTAH KABUPATEN TOJO UNA-UNA")
                .contains("Nurdin Walea")
                .contains("Sansarino")
                .contains("10 Desember 2025")
                .contains("Terhambat")
                .contains("Rp10.000.000")
                .contains("Permenaker 1/2025")
                .contains("Akta/surat keterangan kematian")
                .contains("Dilaporkan");
    }

    /** The claim's summary PDF as text, kept under target/screenshots for a look. */
    String summaryPdfText(long id, String user, String file) throws Exception {
        byte[] pdf = mvc.perform(get("/klaim/" + id + "/ringkasan.pdf").with(accounts.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", file), pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The history of a paid claim as BPJS recorded it: the stored note carries the ISO date and the amount. */
    long paid(long id) {
        jdbc.sql(
                        "update claim set status = 'DIBAYAR', paid_amount = 10000000, paid_on = date '2025-12-19' where id = ?")
                .param(id)
                .update();
        jdbc.sql("""
                        insert into claim_step (claim_id, status, note, actor, step_at)
                        values (?, 'DIBAYAR', 'Rp10.000.000, 2025-12-19', 't.bpjs', current_timestamp)
                        """).param(id).update();
        return id;
    }

    @Test
    void claimPagesAndTheSummaryPdfShowLabelsAndDatesInWordsNotCodes() throws Exception {
        long id = paid(blockedDeath("Masni Lapasere"));
        long p = jdbc.sql("select participant_id from claim where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/klaim/" + id).with(accounts.as("t.desa")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.body().text())
                .contains("Istri Masni Lapasere (Istri)")
                .doesNotContain("(ISTRI)")
                .doesNotContain("2025-12-19");
        assertThat(page.select("#history").text())
                .contains("Dilaporkan")
                .contains("Dibayar")
                .contains("BPJS membayar Rp10.000.000 pada 19 Desember 2025")
                .doesNotContain("DIBAYAR")
                .doesNotContain("DILAPORKAN");
        String english = org.jsoup.Jsoup.parse(mvc.perform(get("/klaim/" + id)
                                .cookie(new jakarta.servlet.http.Cookie("pesona-lang", "en"))
                                .with(accounts.as("t.desa")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .body()
                .text();
        assertThat(english).contains("(Wife)").contains("BPJS paid Rp10,000,000 on 19 December 2025");
        // the report form lists the heirs with their relation in words
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/klaim/baru")
                                        .param("peserta", String.valueOf(p))
                                        .with(accounts.as("t.desa")))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("#claim-form")
                        .text())
                .contains("Istri Masni Lapasere (Istri)")
                .doesNotContain("ISTRI");
        // the list offers the claim types by name
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/klaim").with(accounts.as("t.desa")))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("#f-type option")
                        .eachText())
                .contains("JKK (kecelakaan kerja)", "JKM (meninggal bukan karena kerja)");
        assertThat(summaryPdfText(id, "t.desa", "claim-summary-paid.pdf"))
                .contains("Istri Masni Lapasere (Istri)")
                .contains("BPJS membayar Rp10.000.000 pada 19 Desember 2025")
                .doesNotContain("(ISTRI)")
                .doesNotContain("2025-12-19")
                .doesNotContain("DIBAYAR")
                .doesNotContain("TERHAMBAT");
        // the audit summary of the report names the date and the verdict in words
        assertThat(jdbc.sql("select summary from audit_event where entity_type = 'CLAIM' and entity_id = ?")
                        .param(String.valueOf(id))
                        .query(String.class)
                        .single())
                .contains("kejadian 10 Desember 2025")
                .endsWith(": Terhambat");
    }

    @Test
    void theAdminAddsABenefitRuleFromADate() throws Exception {
        mvc.perform(post("/klaim/aturan")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .param("code", "JKM_SEKALIGUS")
                        .param("validFrom", "2030-01-01")
                        .param("amount", "25.000.000")
                        .param("legalBasis", "Uji"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/klaim/aturan")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("code", "JKM_BERKALA")
                        .param("validFrom", "2030-01-01")
                        .param("amount", "600.000")
                        .param("legalBasis", "Uji"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("memerlukan angka ini")));
        mvc.perform(post("/klaim/aturan")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("code", "JKM_SEKALIGUS")
                        .param("validFrom", "2030-01-01")
                        .param("amount", "25.000.000")
                        .param("legalBasis", "Peraturan uji 2030"))
                .andExpect(redirectedUrl("/klaim/aturan"));
        mvc.perform(get("/klaim/aturan").with(accounts.as("t.desa")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rp25.000.000")))
                .andExpect(content().string(containsString("Peraturan uji 2030")))
                .andExpect(content().string(containsString("PP 82/2019")));
        mvc.perform(get("/api/v1/claims/benefit-rules").with(accounts.as("t.bpjs")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"amount\":25000000")));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'BENEFIT_RULE'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }
}
