package id.pesona.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import id.pesona.support.Browser;
import id.pesona.support.BrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The page frame at an office screen (1280 px) and a phone (390 px), for every role: no page scrolls sideways, the
 * role badge is in sight, and the error pages carry the same frame (user, tenant name in the footer).
 */
class LayoutBrowserIT extends BrowserTest {

    private static final List<String> PAGES =
            List.of("/", "/peserta", "/iuran/pembayar", "/iuran/tunggakan", "/klaim", "/monev", "/akun");

    private static final Map<String, List<String>> MORE = Map.of(
            "t.admin", List.of("/admin/pengguna", "/admin/audit", "/peserta/kuota", "/iuran/pembayaran"),
            "t.bpjs", List.of("/iuran/pembayaran"),
            "t.pimpinan", List.of("/monev/anggaran"),
            "t.camat", List.of("/wilayah/72.09.05"),
            "t.desa", List.of("/peserta/baru", "/wilayah/72.09.05.2001"));

    @Test
    void noPageScrollsSidewaysAndTheRoleStaysInSight() {
        for (int width : new int[] {1280, 390}) {
            for (var role : MORE.entrySet()) {
                try (BrowserContext context = browser.context(width)) {
                    Page page = signIn(context, role.getKey());
                    for (String path : concat(PAGES, role.getValue())) {
                        Response r = page.navigate(url(path));
                        String what = role.getKey() + " " + path + " at " + width + " px";
                        assertThat(r.status()).as(what).isEqualTo(200);
                        assertThat(Browser.fitsWidth(page)).as(what + " fits").isTrue();
                        assertRoleBadgeInSight(page, width, what);
                    }
                    if (role.getKey().equals("t.admin") || role.getKey().equals("t.desa")) {
                        page.navigate(url("/"));
                        Browser.screenshot(page, "layout-" + role.getKey() + "-" + width);
                        if (width < 1200) {
                            page.click(".navbar-toggler");
                            page.waitForSelector("#nav.show");
                            Browser.screenshot(page, "layout-" + role.getKey() + "-" + width + "-menu");
                        }
                    }
                }
            }
        }
    }

    private static void assertRoleBadgeInSight(Page page, int width, String what) {
        Locator badge = page.locator(width >= 1200 ? "#role-badge" : "#role-badge-compact");
        assertThat(badge.isVisible()).as(what + ": role badge visible").isTrue();
        BoundingBox box = badge.boundingBox();
        assertThat(box.x).as(what + ": badge left").isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as(what + ": badge right edge").isLessThanOrEqualTo(width);
        assertThat(box.y + box.height).as(what + ": badge in the bar").isLessThan(80);
        // the bar keeps to one line: a wrapped menu (or a menu button pushed below the brand) is a sign of overflow
        double bar = width >= 1200
                ? page.locator("nav.navbar").boundingBox().height
                : page.locator(".navbar-toggler").boundingBox().y;
        assertThat(bar).as(what + ": navbar on one line").isLessThan(width >= 1200 ? 70 : 20);
    }

    @Test
    void errorPagesCarryTheFrame() {
        try (BrowserContext context = browser.context(390)) {
            Page page = signIn(context, "t.desa");
            Response other = page.navigate(url("/wilayah/72.09.08.2001"));
            assertThat(other.status()).isEqualTo(403);
            assertThat(page.textContent("#error-title")).isEqualTo("Akses ditolak");
            assertThat(page.textContent("footer").strip())
                    .isEqualTo("Pesona: Dinas Tenaga Kerja dan Transmigrasi Kabupaten Tojo Una-Una");
            assertThat(page.textContent("#role-badge-compact")).isEqualTo("Desa/Kelurahan");
            assertThat(Browser.fitsWidth(page)).isTrue();

            Response missing = page.navigate(url("/tidak-ada-halaman-ini"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(page.textContent("#error-title")).isEqualTo("Tidak ditemukan");
            assertThat(page.textContent("footer").strip())
                    .doesNotContain("null")
                    .endsWith("Kabupaten Tojo Una-Una");
            Browser.screenshot(page, "layout-404-390");

            Response noRecord = page.navigate(url("/klaim/999999"));
            assertThat(noRecord.status()).isEqualTo(404);
            assertThat(page.textContent("footer").strip())
                    .doesNotContain("null")
                    .endsWith("Kabupaten Tojo Una-Una");

            page.navigate(url("/wilayah/72.09.08.2001?lang=en"));
            assertThat(page.textContent("#error-title")).isEqualTo("Access denied");
            assertThat(page.textContent("footer").strip())
                    .doesNotContain("null")
                    .endsWith("Kabupaten Tojo Una-Una");
            page.navigate(url("/?lang=id"));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
