package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.pesona.support.Browser;
import id.pesona.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Dinas declares a deadline in Chromium: bad values first, then one that binds the regency's payers. */
class DeadlineBrowserIT extends BrowserTest {

    @AfterEach
    void removeDeadlines() {
        jdbc.sql("delete from deadline_payer").update();
        jdbc.sql("delete from deadline").update();
    }

    long deadlines() {
        return jdbc.sql("select count(*) from deadline").query(Long.class).single();
    }

    void submit(Page page) {
        page.click("#deadline-form button[type=submit]");
        page.waitForLoadState();
    }

    @Test
    void theAdminDeclaresADeadlineAndOpensIt() {
        try (BrowserContext context = browser.context(1280)) {
            Page page = signIn(context, "t.admin");
            page.navigate(url("/iuran/tenggat"));
            assertThat(page.textContent("h1")).isEqualTo("Tenggat pembayaran");
            page.click("#deadline-add summary");

            // no title
            page.fill("#d-date", "2025-12-31");
            submit(page);
            assertThat(page.textContent("#deadline-error"))
                    .isEqualTo("Judul tenggat wajib diisi (paling panjang 200 karakter).");
            // no date (a date field holds no other bad value)
            page.fill("#d-title", "Batas pelunasan iuran Desember 2025");
            page.fill("#d-date", "");
            submit(page);
            assertThat(page.textContent("#deadline-error"))
                    .isEqualTo("Tanggal tenggat wajib diisi dengan tanggal yang sah.");
            // the form keeps what was typed
            assertThat(page.inputValue("#d-title")).isEqualTo("Batas pelunasan iuran Desember 2025");
            // a date already past (the business clock stands on 19 December 2025)
            page.fill("#d-date", "2025-12-18");
            submit(page);
            assertThat(page.textContent("#deadline-error")).isEqualTo("Tanggal tenggat tidak boleh sebelum hari ini.");
            // a region code that is not one, and a kecamatan without payers of that funding source
            page.fill("#d-date", "2025-12-31");
            page.fill("#d-region", "72.9");
            submit(page);
            assertThat(page.textContent("#deadline-error")).contains("Kode wilayah");
            page.fill("#d-region", "72.09.08");
            page.selectOption("#d-fs", "APBD_KABUPATEN");
            submit(page);
            assertThat(page.textContent("#deadline-error"))
                    .isEqualTo("Tidak ada pembayar di wilayah 72.09.08 dengan sumber dana itu.");
            assertThat(page.inputValue("#d-fs")).isEqualTo("APBD_KABUPATEN");
            assertThat(deadlines()).isZero();
            assertThat(Browser.fitsWidth(page)).isTrue();
            Browser.screenshot(page, "deadline-error-1280");

            page.fill("#d-region", "72.09");
            page.selectOption("#d-fs", "");
            page.fill("#d-basis", "Rapat monev 9 Desember 2025");
            submit(page);
            page.waitForURL("**/iuran/tenggat/*");
            assertThat(page.textContent(".alert-success")).isEqualTo("Tenggat ditetapkan.");
            assertThat(page.textContent("h1")).isEqualTo("Batas pelunasan iuran Desember 2025");
            assertThat(page.textContent("#countdown")).contains("Sisa 12 hari");
            long payers = jdbc.sql("select count(*) from payer where region_code >= '7209' and region_code < '720:'")
                    .query(Long.class)
                    .single();
            assertThat(page.querySelectorAll("#deadline-bound li")).hasSize((int) payers);
            String detail = page.url();

            page.navigate(url("/iuran/tenggat"));
            assertThat(page.textContent("#deadlines"))
                    .contains("Batas pelunasan iuran Desember 2025")
                    .contains("31 Desember 2025")
                    .contains(payers + " pembayar");
            assertThat(Browser.fitsWidth(page)).isTrue();
            Browser.screenshot(page, "deadlines-1280");
            page.click("#deadlines a:has-text('Batas pelunasan iuran Desember 2025')");
            page.waitForURL(detail);
            assertThat(page.textContent("#countdown")).contains("Sisa 12 hari");
        }
    }

    @Test
    void everyRoleOpensTheDeadlinesOnItsScreen() {
        for (String user : new String[] {"t.bpjs", "t.pimpinan", "t.camat", "t.desa"}) {
            try (BrowserContext context = browser.context(user.equals("t.desa") ? 390 : 1280)) {
                Page page = signIn(context, user);
                var response = page.navigate(url("/iuran/tenggat"));
                assertThat(response.status()).as(user).isEqualTo(200);
                assertThat(page.textContent("h1")).isEqualTo("Tenggat pembayaran");
                assertThat(page.querySelector("#deadline-form"))
                        .as("only the admin declares")
                        .isNull();
                assertThat(Browser.fitsWidth(page)).as(user).isTrue();
            }
        }
    }
}
