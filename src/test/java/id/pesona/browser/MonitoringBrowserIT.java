package id.pesona.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import id.pesona.support.Browser;
import id.pesona.support.BrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every monev panel opened in Chromium by every role on a 390 px phone, plus the public page without login. */
class MonitoringBrowserIT extends BrowserTest {

    static final List<String> PANELS = List.of(
            "/monev", "/monev/anggaran", "/monev/tunggakan", "/monev/kartu-klaim", "/monev/kualitas", "/monev/laporan");

    /** role's account → the region name its pages must show */
    static final Map<String, String> ROLES = Map.of(
            "t.admin", "Tojo Una Una",
            "t.pimpinan", "Tojo Una Una",
            "t.bpjs", "Tojo Una Una",
            "t.camat", "Ampana Kota",
            "t.desa", "Sansarino");

    @Test
    void everyRoleOpensEveryPanelOnAPhone() {
        ROLES.forEach((user, region) -> {
            try (BrowserContext context = browser.context(390)) {
                Page page = signIn(context, user);
                for (String panel : PANELS) {
                    Response r = page.navigate(url(panel));
                    assertThat(r.status()).as(user + " " + panel).isEqualTo(200);
                    assertThat(page.textContent("h1")).as(user + " " + panel).isNotBlank();
                    assertThat(Browser.fitsWidth(page))
                            .as(user + " " + panel + " fits 390 px")
                            .isTrue();
                    String name = user.substring(2) + "-" + panel.substring(1).replace('/', '-');
                    Browser.screenshot(page, name + "-390");
                }
                page.navigate(url("/monev"));
                assertThat(page.textContent("#focus-name")).contains(region);
                // Chart.js from its WebJar has drawn the charts (the CSP allows only our own scripts)
                page.waitForFunction("() => document.querySelectorAll('canvas[data-drawn]').length > 0");
                if (!user.equals("t.desa")) {
                    assertThat(page.locator("#monev-map path").count()).isGreaterThan(0);
                }
                Response data = page.navigate(url("/monev/data"));
                assertThat(data.status()).isEqualTo(200);
                assertThat(page.locator("#workforce-form").count()).isEqualTo(user.equals("t.admin") ? 1 : 0);
            }
        });
    }

    @Test
    void leadershipDrillsDownFromTheMapOnADesktop() {
        try (BrowserContext context = browser.context(1280)) {
            Page page = signIn(context, "t.pimpinan");
            page.navigate(url("/monev"));
            page.waitForFunction("() => document.querySelectorAll('canvas[data-drawn]').length > 0");
            Browser.screenshot(page, "monev-regency-1280");
            page.click("#monev-map a[data-code='72.09.05']");
            page.waitForURL("**/monev?wilayah=72.09.05");
            assertThat(page.textContent("#focus-name")).isEqualTo("Ampana Kota");
            page.waitForFunction("() => document.querySelectorAll('canvas[data-drawn]').length > 0");
            Browser.screenshot(page, "monev-kecamatan-1280");
            page.click("#coverage-table a:text('Sansarino')");
            assertThat(page.textContent("#focus-name")).isEqualTo("Sansarino");
            page.navigate(url("/monev/anggaran?s=kuota&s=u150"));
            Browser.screenshot(page, "monev-budget-1280");
        }
        try (BrowserContext context = browser.context(390)) {
            Page page = context.newPage();
            Response r = page.navigate(url("/publik"));
            assertThat(r.status()).isEqualTo(200);
            assertThat(page.locator("#public-table tbody tr").count()).isEqualTo(12);
            assertThat(Browser.fitsWidth(page)).isTrue();
            Browser.screenshot(page, "publik-390");
        }
    }
}
