package id.pesona.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import id.pesona.support.XlsxText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reports as PDF and .xlsx with the fixture's numbers, stored, scoped, and made monthly by the job. */
class ReportsIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    MonthlyReports monthly;

    @BeforeEach
    void fixture() {
        MonevFixture.load(jdbc);
    }

    byte[] make(String user, String kind, String region, String format) throws Exception {
        String url = mvc.perform(post("/monev/laporan/buat")
                        .with(accounts.as(user))
                        .with(csrf())
                        .param("jenis", kind)
                        .param("wilayah", region)
                        .param("dari", "2025-01-01")
                        .param("sampai", "2025-12-19")
                        .param("format", format))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return mvc.perform(get(url).with(accounts.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theKecamatanReportCarriesTheFixturesNumbers() throws Exception {
        byte[] pdf = make("t.admin", "KECAMATAN", "72.09.03", "pdf");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "monev-kecamatan.pdf"), pdf);
        assertThat(text(pdf))
                .contains("LAPORAN BERKALA KECAMATAN")
                .contains("Walea Kepulauan")
                .contains("Periode 1 Januari 2025 s.d. 19 Desember 2025")
                // Tiga Pulau: 9 villages... its row: 1 desa, quota 100, 1 in process, 4 registered, 4 %
                .contains("Tiga Pulau 1 100 1 4 4 %")
                .contains("Popolii 1 50 1 2 4 %")
                .contains("Jumlah 9 850 2 6 0,71 %")
                // registered within 2025: 3; growth 2025 +50 %
                .contains("3 didaftarkan dalam periode")
                .contains("2025 3 1 6 +50 %")
                .contains("Klaim Dilaporkan 0 Dibayar 0 Terhambat 0");

        byte[] xlsx = make("t.camat", "DESA", "72.09.05.2001", "xlsx");
        assertThat(XlsxText.of(xlsx)).contains("Sansarino").contains("Laporan berkala desa/kelurahan");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'MONEV_REPORT' and action = 'EXPORT'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(4L);

        // wrong kind for the region, and a region outside the scope
        mvc.perform(post("/monev/laporan/buat")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("jenis", "DESA")
                        .param("wilayah", "72.09.03")
                        .param("dari", "2025-01-01")
                        .param("sampai", "2025-12-19"))
                .andExpect(flash().attribute("reportError", "monev.report.error.region"));
        mvc.perform(post("/monev/laporan/buat")
                        .with(accounts.as("t.camat"))
                        .with(csrf())
                        .param("jenis", "KECAMATAN")
                        .param("wilayah", "72.09.03")
                        .param("dari", "2025-01-01")
                        .param("sampai", "2025-12-19"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theParitranaPackListsTheRegulationsAndTheBudget() throws Exception {
        mvc.perform(post("/monev/data/regulasi")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("title", "Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan")
                        .param("number", "Perbup Tojo Una-Una 12/2024")
                        .param("issuedOn", "2024-02-01"))
                .andExpect(flash().attribute("success", "monev.regulation.saved"));
        byte[] pdf = make("t.pimpinan", "PARITRANA", "72.09.03", "pdf");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "monev-paritrana.pdf"), pdf);
        assertThat(text(pdf))
                .contains("PAKET INDIKATOR PARITRANA AWARD")
                .contains("Perbup Tojo Una-Una 12")
                .contains("Perlindungan Jaminan Sosial")
                .contains("Kebutuhan anggaran 2026")
                // 9 desa × 100 and × 150 at Rp201.600
                .contains("Rp181.440.000")
                .contains("Rp272.160.000");
    }

    @Test
    void theMonthlyJobStoresEveryReportAndEachRoleSeesItsOwn() throws Exception {
        int files = monthly.run(YearMonth.of(2025, 11));
        assertThat(files).isEqualTo(2 * (2 + 12));
        // again: replaced, not duplicated
        monthly.run(YearMonth.of(2025, 11));
        assertThat(jdbc.sql("select count(*) from monev_report where period_from = date '2025-11-01'")
                        .query(Long.class)
                        .single())
                .isEqualTo(28L);
        long regency = jdbc.sql("select id from monev_report where kind = 'MONEV' and region_code = '7209'"
                        + " and period_from = date '2025-11-01' and file_format = 'pdf'")
                .query(Long.class)
                .single();
        long ampana = jdbc.sql("select id from monev_report where kind = 'KECAMATAN' and region_code = '720905'"
                        + " and period_from = date '2025-11-01' and file_format = 'pdf'")
                .query(Long.class)
                .single();
        mvc.perform(get("/monev/laporan/" + ampana).with(accounts.as("t.camat")))
                .andExpect(status().isOk());
        mvc.perform(get("/monev/laporan/" + regency).with(accounts.as("t.camat")))
                .andExpect(status().isForbidden());
        String list = mvc.perform(get("/monev/laporan").with(accounts.as("t.camat")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("data-id=\"" + ampana + "\"").doesNotContain("data-id=\"" + regency + "\"");
        assertThat(jdbc.sql("select created_by from monev_report where id = ?")
                        .param(regency)
                        .query(String.class)
                        .single())
                .isEqualTo("sistem");
    }
}
