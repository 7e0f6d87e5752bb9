package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.pesona.support.Browser;
import id.pesona.support.BrowserTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * On 3 December 2026 the office opens a worker registered that day (belum dibayar, jatuh tempo 15 Desember 2026,
 * terhambat until paid), the arrears with the not-yet-due bucket and the forecast, at 390 and 1280 px.
 */
class CoverStatusBrowserIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    Map<Long, Long> payers;

    @BeforeEach
    void fixture() {
        clock.set(StatusFixture.NOW);
        payers = StatusFixture.load(context);
    }

    /** Whether the page's main content is no wider than the window (the navbar is another item's concern). */
    static boolean mainFits(Page page) {
        return Boolean.TRUE.equals(
                page.evaluate("() => document.querySelector('main').scrollWidth <= window.innerWidth"));
    }

    @Test
    void theCoverPageAndTheArrearsSayBelumDibayarBeforeTheDueDate() {
        long worker = payers.keySet().iterator().next();
        for (int width : new int[] {390, 1280}) {
            try (BrowserContext c = browser.context(width)) {
                Page page = signIn(c, "t.admin");
                page.navigate(url("/iuran/peserta/" + worker));
                assertThat(page.textContent("#cover-status"))
                        .contains("Belum dibayar")
                        .contains("(jatuh tempo 15 Desember 2026)")
                        .contains("terhambat")
                        .doesNotContain("Menunggak");
                assertThat(mainFits(page)).isTrue();
                if (width == 390) {
                    assertThat(Browser.fitsWidth(page)).isTrue();
                }
                Browser.screenshot(page, "cover-belum-dibayar-" + width);

                page.navigate(url("/iuran/tunggakan?wilayah=" + StatusFixture.KECAMATAN));
                assertThat(page.textContent("#arrears-summary")).contains("belum jatuh tempo");
                if (width == 1280) {
                    assertThat(page.textContent("#arrears-kecamatan thead")).contains("Belum jatuh tempo");
                }
                assertThat(mainFits(page)).isTrue();
                if (width == 390) {
                    assertThat(Browser.fitsWidth(page)).isTrue();
                }
                Browser.screenshot(page, "arrears-not-due-" + width);

                page.navigate(url("/iuran/proyeksi?wilayah=" + StatusFixture.KECAMATAN + "&tanggal=2027-01-01"));
                assertThat(page.textContent("#forecast-summary")).contains("menjadi nonaktif");
                assertThat(page.locator("#forecast-villages tbody tr").count()).isPositive();
                assertThat(mainFits(page)).isTrue();
                Browser.screenshot(page, "forecast-" + width);
            }
        }
    }
}
