package id.pesona.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import id.pesona.support.Browser;
import id.pesona.support.BrowserTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The forms of the office and the account pages, submitted in Chromium as their users do, wrong values first and
 * then right ones: payments by hand and by file (BPJS), quotas, budget scenarios, users, regions and the audit filter
 * (admin, 1280 px), password and API token (a village operator, 390 px). Every page on the way fits its width, and
 * a success is said once. All in Kecamatan Una Una (72.09.01), which other tests leave alone.
 */
class JourneyBrowserIT extends BrowserTest {

    /** The page has no sideways scroll at its width. */
    private static void fits(Page page, String what) {
        assertThat(Browser.fitsWidth(page)).as(what + " fits the window").isTrue();
    }

    /** Exactly one success message, with this text. */
    private static void saidOnce(Page page, String text) {
        page.waitForSelector("#flash-success");
        assertThat(page.locator(".alert-success").count())
                .as("success messages")
                .isEqualTo(1);
        assertThat(page.textContent("#flash-success")).isEqualTo(text);
    }

    private long payerOf(String village) {
        return jdbc.sql("select id from payer where code = ?")
                .param("APBDES-" + village)
                .query(Long.class)
                .single();
    }

    @Test
    void bpjsRecordsAPaymentByHandAndByFile() {
        long payer = payerOf("7209012005");
        try (BrowserContext context = browser.context(1280)) {
            Page page = signIn(context, "t.bpjs");
            page.navigate(url("/iuran/pembayaran"));
            fits(page, "payments");

            // nothing chosen, then an amount in words: each refused with the field named
            page.click("#pay-submit");
            assertThat(page.textContent("#payment-error")).isEqualTo("Pilih pembayar.");
            page.selectOption("#pay-payer", String.valueOf(payer));
            page.fill("#pay-amount", "enam belas ribu");
            page.fill("#pay-ref", "JLJ-1");
            page.click("#pay-submit");
            assertThat(page.textContent("#payment-error")).contains("Jumlah \"enam belas ribu\" tidak sah");
            assertThat(page.getAttribute("#pay-amount", "class")).contains("is-invalid");
            fits(page, "payments with an error");

            page.fill("#pay-amount", "16.800");
            page.click("#pay-submit");
            page.waitForURL(url("/iuran/pembayar/" + payer));
            saidOnce(page, "Pembayaran dicatat dan dialokasikan ke tagihan tertua.");
            assertThat(page.textContent("#account-payments")).contains("JLJ-1").contains("Rp16.800");
            fits(page, "payer account");
            Browser.screenshot(page, "journey-payment-recorded-1280");

            // a file with a bad row is refused whole; the corrected file is recorded
            page.navigate(url("/iuran/pembayaran"));
            upload(page, "TANGGAL;PEMBAYAR;JUMLAH;REFERENSI\n18/12/2025;APBDES-7209012005;lima ribu;JLJ-2\n");
            assertThat(page.getAttribute("#import-summary", "class")).contains("alert-danger");
            assertThat(page.textContent("#import-report")).contains("lima ribu");
            fits(page, "refused import");
            upload(page, "TANGGAL;PEMBAYAR;JUMLAH;REFERENSI\n18/12/2025;APBDES-7209012005;5.000;JLJ-2\n");
            assertThat(page.getAttribute("#import-summary", "class")).contains("alert-success");
            assertThat(page.textContent("#import-summary")).startsWith("1 pembayaran dicatat (Rp5.000)");
            fits(page, "import report");
            Browser.screenshot(page, "journey-payment-import-1280");
        }
        assertThat(jdbc.sql("select count(*) from payment where payer_id = ? and reference in ('JLJ-1', 'JLJ-2')")
                        .param(payer)
                        .query(Long.class)
                        .single())
                .isEqualTo(2L);
    }

    private static void upload(Page page, String csv) {
        page.setInputFiles(
                "#payment-import-form input[type=file]",
                new FilePayload("setoran.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.click("#payment-import-form button[type=submit]");
        page.waitForSelector("#import-summary");
    }

    @Test
    void adminSetsAQuota() {
        try (BrowserContext context = browser.context(1280)) {
            Page page = signIn(context, "t.admin");
            page.navigate(url("/peserta/kuota?wilayah=72.09.01&tahun=2026"));
            fits(page, "quotas");
            page.click("details summary");
            page.fill("#q-region", "72.09.01.2006");
            page.fill("#q-year", "2026");
            page.fill("#q-quota", "-5");
            page.click("#q-quota >> xpath=ancestor::form//button[@type='submit']");
            page.waitForSelector("#quota-error");
            fits(page, "quota error");

            page.fill("#q-quota", "120");
            page.click("#q-quota >> xpath=ancestor::form//button[@type='submit']");
            saidOnce(page, "Kuota tersimpan.");
            Locator bambu = page.locator("#quotas tbody tr", new Page.LocatorOptions().setHasText("72.09.01.2006"));
            assertThat(bambu.locator("td").nth(1).textContent()).contains("120");
            fits(page, "quotas after saving");
            Browser.screenshot(page, "journey-quota-1280");
        }
    }

    @Test
    void adminSavesListsAndDeletesABudgetScenario() {
        try (BrowserContext context = browser.context(1280)) {
            Page page = signIn(context, "t.admin");
            page.onDialog(dialog -> dialog.accept());
            page.navigate(url("/monev/anggaran"));
            fits(page, "budget");

            page.fill("#sc-uniform", "120");
            page.click("#scenario-save");
            page.waitForSelector("#budget-error");
            fits(page, "budget error");

            page.fill("#sc-name", "Skenario jelajah 120");
            page.fill("#sc-uniform", "120");
            page.click("#scenario-save");
            saidOnce(page, "Skenario disimpan.");
            assertThat(page.textContent("#saved-scenarios")).contains("Skenario jelajah 120");
            fits(page, "budget with a scenario");
            Browser.screenshot(page, "journey-scenario-1280");

            page.locator("#saved-scenarios li", new Page.LocatorOptions().setHasText("Skenario jelajah 120"))
                    .locator(".scenario-delete")
                    .click();
            saidOnce(page, "Skenario dihapus.");
            assertThat(page.locator("#saved-scenarios li", new Page.LocatorOptions().setHasText("Skenario jelajah 120"))
                            .count())
                    .isZero();
        }
    }

    @Test
    void adminCreatesAUser() {
        try (BrowserContext context = browser.context(1280)) {
            Page page = signIn(context, "t.admin");
            page.navigate(url("/admin/pengguna/baru"));
            fits(page, "new user");
            page.fill("#username", "Bukan Nama");
            page.fill("#fullName", "Operator Taningkola");
            page.selectOption("#role", "DESA");
            page.fill("#scope", "72.09.01");
            page.fill("#password", "pendek");
            // the form says one fault at a time, each on its own field
            page.click("main button[type=submit]");
            assertThat(page.getAttribute("#username", "class")).contains("is-invalid");
            fits(page, "new user with an error");
            page.fill("#username", "op.taningkola");
            page.fill("#password", "pendek");
            page.click("main button[type=submit]");
            assertThat(page.getAttribute("#scope", "class")).contains("is-invalid");
            assertThat(page.textContent("main")).contains("72.09.01 bukan desa/kelurahan");
            page.fill("#scope", "72.09.01.2005");
            page.fill("#password", "pendek");
            page.click("main button[type=submit]");
            assertThat(page.getAttribute("#password", "class")).contains("is-invalid");

            page.fill("#password", "taningkola-aman-123");
            page.click("main button[type=submit]");
            saidOnce(page, "Pengguna dibuat.");
            assertThat(page.content()).contains("Operator Taningkola");
            fits(page, "user");
            Browser.screenshot(page, "journey-user-1280");
        }
        assertThat(jdbc.sql("select role from app_user where username = 'op.taningkola'")
                        .query(String.class)
                        .single())
                .isEqualTo("DESA");
    }

    @Test
    void adminAddsAndRenamesAVillage() {
        // the village this journey forms is removed again: other tests count the national region table
        jdbc.sql("delete from region where code = '7209012098'").update();
        try (BrowserContext context = browser.context(1280)) {
            Page page = signIn(context, "t.admin");
            page.navigate(url("/wilayah/baru"));
            fits(page, "new region");
            page.fill("#code", "72.09.01");
            page.fill("#name", "Desa Jelajah");
            page.fill("#decree", "Perda Kab. Tojo Una-Una No. 9 Tahun 2025");
            page.click("main button[type=submit]");
            assertThat(page.getAttribute("#code", "class")).contains("is-invalid");
            assertThat(page.textContent("main")).contains("bukan kode desa/kelurahan");

            page.fill("#code", "72.09.01.2098");
            page.click("main button[type=submit]");
            page.waitForURL(url("/wilayah/72.09.01.2098"));
            saidOnce(page, "Wilayah baru tersimpan.");
            assertThat(page.textContent("h1")).isEqualTo("Desa Jelajah");
            fits(page, "new village");

            page.navigate(url("/wilayah/72.09.01.2098/ubah"));
            page.fill("#name", "");
            page.click("main button[type=submit]");
            assertThat(page.textContent("main")).contains("Nama wilayah wajib diisi.");
            page.fill("#name", "Desa Jelajah Raya");
            page.fill("#decree", "Perda Kab. Tojo Una-Una No. 10 Tahun 2025");
            page.click("main button[type=submit]");
            page.waitForURL(url("/wilayah/72.09.01.2098"));
            saidOnce(page, "Nama wilayah tersimpan.");
            assertThat(page.textContent("h1")).isEqualTo("Desa Jelajah Raya");
            fits(page, "renamed village");
            Browser.screenshot(page, "journey-region-1280");
        } finally {
            jdbc.sql("delete from region where code = '7209012098'").update();
        }
    }

    @Test
    void aVillageOperatorChangesThePasswordAndMakesAnApiToken() {
        try (BrowserContext context = browser.context(390)) {
            Page page = signIn(context, "t.jelajah.sandi");
            page.navigate(url("/akun"));
            fits(page, "account");

            page.fill("#currentPassword", "bukan-sandinya-1");
            page.fill("#newPassword", "sandi-baru-jelajah-1");
            page.fill("#confirmPassword", "sandi-baru-jelajah-1");
            page.click("form[action$='/akun/kata-sandi'] button[type=submit]");
            assertThat(page.getAttribute("#currentPassword", "class")).contains("is-invalid");
            assertThat(page.textContent("main")).contains("Kata sandi sekarang salah.");
            fits(page, "account with an error");

            page.fill("#currentPassword", "rahasia-uji-123");
            page.fill("#newPassword", "sandi-baru-jelajah-1");
            page.fill("#confirmPassword", "sandi-baru-jelajah-1");
            page.click("form[action$='/akun/kata-sandi'] button[type=submit]");
            saidOnce(page, "Kata sandi berhasil diganti.");

            page.click("form[action$='/akun/token'] button[type=submit]");
            assertThat(page.textContent("main")).contains("Nama token wajib diisi");
            page.fill("form[action$='/akun/token'] input[name=name]", "Aplikasi desa jelajah");
            page.click("form[action$='/akun/token'] button[type=submit]");
            page.waitForSelector("#new-token");
            assertThat(page.textContent("#new-token")).isNotBlank();
            assertThat(page.textContent("main")).contains("Aplikasi desa jelajah");
            fits(page, "account with a token");
            Browser.screenshot(page, "journey-account-390");
        }
        // the new password is the one that signs in now
        try (BrowserContext context = browser.context(390)) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.fill("#username", "t.jelajah.sandi");
            page.fill("#password", "sandi-baru-jelajah-1");
            page.click("main button[type=submit]");
            page.waitForURL(url("/"));
            fits(page, "home");
        }
    }

    @Test
    void adminFiltersTheAuditTrailByKindOfRecord() {
        try (BrowserContext context = browser.context(1280)) {
            Page page = signIn(context, "t.admin");
            page.navigate(url("/akun"));
            page.fill("form[action$='/akun/token'] input[name=name]", "Token audit jelajah");
            page.click("form[action$='/akun/token'] button[type=submit]");
            page.waitForSelector("#new-token");

            page.navigate(url("/admin/audit"));
            fits(page, "audit");
            assertThat(page.textContent("select[name=entityType]"))
                    .contains("Token API")
                    .doesNotContain("API_TOKEN");
            page.selectOption("select[name=entityType]", new SelectOption().setLabel("Token API"));
            page.selectOption("select[name=action]", "CREATE");
            page.click("main form button[type=submit]");
            page.waitForURL(u -> u.contains("entityType=API_TOKEN"));
            assertThat(page.textContent("#audit-rows"))
                    .contains("Token audit jelajah")
                    .doesNotContain("API_TOKEN");
            assertThat(page.locator("#audit-rows tr").count()).isPositive();
            fits(page, "filtered audit");
            Browser.screenshot(page, "journey-audit-1280");

            // a date no one can read in a link is an Indonesian 400 page naming the field, not a problem document
            Response bad = page.navigate(url("/admin/audit?from=kemarin"));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(page.textContent("#error-title")).isEqualTo("Permintaan tidak sah");
            assertThat(page.textContent("#error-text")).contains("\"from\"").contains("kemarin");
            assertThat(page.textContent("footer").strip()).endsWith("Kabupaten Tojo Una-Una");
            fits(page, "bad request page");
        }
    }
}
