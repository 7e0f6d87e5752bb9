package id.pesona.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.pesona.support.Browser;
import id.pesona.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** A worker's way into the registry in Chromium: the village proposes, the Dinas verifies, BPJS registers. */
class ParticipantBrowserIT extends BrowserTest {

    @Test
    void villageProposesDinasVerifiesBpjsRegisters() {
        String path;
        try (BrowserContext context = browser.context(390)) {
            Page page = signIn(context, "t.desa");
            page.navigate(url("/peserta/baru"));
            assertThat(Browser.fitsWidth(page)).isTrue();
            page.fill("#nik", "7209054305880042");
            page.fill("#fullName", "Masni Labaso");
            page.fill("#birthDate", "1988-05-03");
            page.check("input[name=sex][value=P]");
            page.selectOption("#occupation", "PEDAGANG_KECIL");
            page.fill("#declaredIncome", "1.000.000");
            page.fill("#fundingName", "Dana Desa");
            page.check("#declaredFit1");
            page.fill("input[name='heirs[0].fullName']", "Rudi Labaso");
            page.selectOption("select[name='heirs[0].relation']", "SUAMI");
            Browser.screenshot(page, "participant-new-390");
            page.click("#submit-proposal");
            page.waitForSelector("#status");
            assertThat(page.textContent("#status")).isEqualTo("Diusulkan");
            assertThat(page.textContent("h1")).isEqualTo("Masni Labaso");
            // the village sees the NIK masked
            assertThat(page.content()).contains("7209********0042").doesNotContain("7209054305880042");
            path = page.url().substring(page.url().indexOf("/peserta/"));
            Browser.screenshot(page, "participant-proposed-390");
        }
        try (BrowserContext context = browser.context(390)) {
            Page page = signIn(context, "t.admin");
            page.navigate(url(path));
            page.click("#verify");
            page.waitForSelector(".alert-success");
            assertThat(page.textContent("#status")).isEqualTo("Diverifikasi");
        }
        try (BrowserContext context = browser.context(390)) {
            Page page = signIn(context, "t.bpjs");
            page.navigate(url(path));
            page.fill("#kpj-input", "25000000042");
            page.click("#register");
            page.waitForSelector(".alert-success");
            assertThat(page.textContent("#status")).isEqualTo("Terdaftar");
            assertThat(page.textContent("#kpj")).isEqualTo("25000000042");
            assertThat(page.textContent("#history"))
                    .contains("t.desa")
                    .contains("t.admin")
                    .contains("t.bpjs");
            assertThat(Browser.fitsWidth(page)).isTrue();
            Browser.screenshot(page, "participant-registered-390");
            page.navigate(url("/peserta?q=Masni"));
            assertThat(page.textContent("#participants"))
                    .contains("Masni Labaso")
                    .contains("Terdaftar");
            assertThat(Browser.fitsWidth(page)).isTrue();
            Browser.screenshot(page, "participant-list-390");
            page.navigate(url("/peserta/kuota?wilayah=72.09.05"));
            assertThat(Browser.fitsWidth(page)).isTrue();
            Browser.screenshot(page, "participant-quota-390");
        }
    }

    @Test
    void aVillageUploadsAListAndWatchesItBeImported() throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("peserta", ".csv");
        java.nio.file.Files.writeString(
                csv,
                "NIK;Nama Lengkap;Tanggal Lahir;Jenis Kelamin;Kode Desa;Pekerjaan;Penghasilan;Sumber Dana;"
                        + "Tahun Program;Pernyataan Bekerja dan Sehat\n"
                        + "7209054305880077;Rosmini Lahay;03/05/1988;P;72.09.05.2001;Petani;1.000.000;APBDes;2025;YA\n"
                        + "7209051206900078;Rusdi Towana;12/06/1990;L;72.09.05.2001;Nelayan;1.000.000;APBDes;2025;TIDAK\n");
        try (BrowserContext context = browser.context(390)) {
            Page page = signIn(context, "t.desa");
            page.navigate(url("/peserta/impor"));
            Browser.screenshot(page, "participant-import-form-390");
            assertThat(Browser.fitsWidth(page)).as("import form fits 390px").isTrue();
            page.setInputFiles("#file", csv);
            page.check("#mode-HANYA_VALID");
            page.click("#upload");
            page.waitForSelector("#batch-status:has-text('Selesai')");
            assertThat(page.textContent("#created")).isEqualTo("1");
            assertThat(page.textContent("#rejected")).isEqualTo("1");
            assertThat(page.textContent("#errors")).contains("Centang pernyataan");
            Browser.screenshot(page, "participant-import-390");
            assertThat(Browser.fitsWidth(page)).as("import status fits 390px").isTrue();
        } finally {
            java.nio.file.Files.deleteIfExists(csv);
        }
    }
}
