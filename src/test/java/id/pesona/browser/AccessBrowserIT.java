package id.pesona.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import id.pesona.support.Browser;
import id.pesona.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** Real sign-ins in Chromium: a village user is refused another village; pages fit a 390 px phone. */
class AccessBrowserIT extends BrowserTest {

    @Test
    void villageUserSeesOwnVillageAndIsRefusedAnother() {
        try (BrowserContext context = browser.context(390)) {
            Page page = signIn(context, "t.desa");
            assertThat(page.textContent("h1")).contains("Selamat datang, Operator Sansarino");
            assertThat(Browser.fitsWidth(page)).isTrue();
            Browser.screenshot(page, "desa-home-390");

            Response own = page.navigate(url("/wilayah/72.09.05.2001"));
            assertThat(own.status()).isEqualTo(200);
            assertThat(page.textContent("h1")).isEqualTo("Sansarino");

            Response other = page.navigate(url("/wilayah/72.09.05.2011"));
            assertThat(other.status()).isEqualTo(403);
            assertThat(page.textContent("#error-title")).isEqualTo("Akses ditolak");
            assertThat(page.content()).doesNotContain("Padang Tumbuo");
            Browser.screenshot(page, "desa-refused-390");

            Response export = page.navigate(url("/wilayah/72.09.08/ekspor.xlsx"));
            assertThat(export.status()).isEqualTo(403);

            page.navigate(url("/wilayah/72.09.05.2011?lang=en"));
            assertThat(page.textContent("#error-title")).isEqualTo("Access denied");
            page.navigate(url("/?lang=id"));
            assertThat(page.textContent("h1")).contains("Selamat datang");

            // the kecamatan page lists only the user's own village
            page.navigate(url("/wilayah/72.09.05"));
            assertThat(page.locator("#children tbody tr").count()).isEqualTo(1);
            assertThat(page.textContent("#children")).contains("Sansarino");
        }
    }

    @Test
    void wrongPasswordShowsAnIndonesianMessage() {
        try (BrowserContext context = browser.context(390)) {
            accounts.ensure("t.bpjs");
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.fill("#username", "t.bpjs");
            page.fill("#password", "bukan-sandinya");
            page.click("button[type=submit]");
            page.waitForURL(url("/login?error"));
            assertThat(page.textContent(".alert-danger")).isEqualTo("Nama pengguna atau kata sandi salah.");
            Browser.screenshot(page, "login-error-390");
            jdbc.sql("update app_user set failed_attempts = 0 where username = 't.bpjs'")
                    .update();
        }
    }

    @Test
    void everyRoleHomeAndMainPagesFitAPhone() {
        String[][] journeys = {
            {
                "t.admin",
                "/",
                "/wilayah/72.09",
                "/wilayah/72.09.05",
                "/admin/pengguna",
                "/admin/audit",
                "/akun",
                "/iuran/aturan",
                "/iuran/pembayar",
                "/kartu?wilayah=72.09.05.2001",
                "/peserta/impor",
                "/iuran/tagihan"
            },
            {"t.pimpinan", "/", "/wilayah/72.09"},
            {"t.camat", "/", "/wilayah/72.09.05"},
            {"t.bpjs", "/"},
            {"t.lurah", "/", "/wilayah/72.09.05.1003", "/iuran/pembayar", "/kartu", "/peserta"}
        };
        for (String[] journey : journeys) {
            try (BrowserContext context = browser.context(390)) {
                Page page = signIn(context, journey[0]);
                for (int i = 1; i < journey.length; i++) {
                    Response r = page.navigate(url(journey[i]));
                    assertThat(r.status()).as(journey[0] + " " + journey[i]).isEqualTo(200);
                    assertThat(Browser.fitsWidth(page))
                            .as(journey[0] + " " + journey[i] + " fits 390px")
                            .isTrue();
                    Browser.screenshot(page, journey[0] + journey[i].replace('/', '_') + "-390");
                }
            }
        }
        try (BrowserContext context = browser.context(1280)) {
            Page page = signIn(context, "t.admin");
            Browser.screenshot(page, "admin-home-1280");
            page.navigate(url("/wilayah/72.09"));
            assertThat(page.locator("#children tbody tr").count()).isEqualTo(12);
            Browser.screenshot(page, "admin-kabupaten-1280");
        }
    }
}
