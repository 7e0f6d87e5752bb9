package id.pesona.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Page;
import id.pesona.support.Browser;
import id.pesona.support.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cards in Chromium: BPJS records the cards received from the branch, the village hands them over on a phone with
 * "pilih semua", and everybody opens the Berita Acara from the pages (not only through the API).
 */
class CardBrowserIT extends BrowserTest {

    static final String SANSARINO = "72.09.05.2001";

    long notReceivedIn(String village) {
        return jdbc.sql("""
                        select count(*) from participant p
                        where p.village_code = ? and p.status = 'TERDAFTAR'
                          and not exists (select 1 from card_event e where e.participant_id = p.id
                                          and e.event = 'DITERIMA')
                        """).param(village.replace(".", "")).query(Long.class).single();
    }

    long readyIn(String village) {
        return jdbc.sql("""
                        select count(*) from participant p
                        where p.village_code = ? and p.status = 'TERDAFTAR'
                          and exists (select 1 from card_event e where e.participant_id = p.id and e.event = 'DITERIMA')
                          and not exists (select 1 from card_event e where e.participant_id = p.id
                                          and e.event = 'DISERAHKAN')
                        """).param(village.replace(".", "")).query(Long.class).single();
    }

    long handedIn(long handoverId) {
        return jdbc.sql("select count(*) from card_event where handover_id = ?")
                .param(handoverId)
                .query(Long.class)
                .single();
    }

    static long checked(Page page) {
        return ((Number) page.evaluate("() => document.querySelectorAll('input[name=ids]:checked').length"))
                .longValue();
    }

    static long choosable(Page page) {
        return ((Number) page.evaluate("() => document.querySelectorAll('input[name=ids]:not(:disabled)').length"))
                .longValue();
    }

    /** Opens a PDF link of the page with the page's cookies and checks that it is a PDF. */
    void assertPdf(Page page, String selector) {
        APIResponse pdf = page.request().get(url(page.getAttribute(selector, "href")));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /** Every checkbox label, name label and button of the card form is at least 44 px high (and the boxes wide). */
    static void assertTapTargets(Page page) {
        List<ElementHandle> targets = page.querySelectorAll("#cards-form label.card-tap, #cards-form button");
        assertThat(targets).hasSizeGreaterThan(3);
        for (ElementHandle t : targets) {
            var box = t.boundingBox();
            assertThat(box.height)
                    .as("tap target height of %s", t.textContent())
                    .isGreaterThanOrEqualTo(44);
            assertThat(box.width).as("tap target width of %s", t.textContent()).isGreaterThanOrEqualTo(44);
        }
    }

    @Test
    void bpjsRecordsCardsReceivedAndTheVillageHandsThemOverOnAPhone() throws Exception {
        long a = CardFixtures.registered(mvc, accounts, SANSARINO, "Rahman Lasimpala");
        long b = CardFixtures.registered(mvc, accounts, SANSARINO, "Nurhaya Tampoa");
        long c = CardFixtures.registered(mvc, accounts, SANSARINO, "Yusran Podungge");

        try (BrowserContext context = browser.context(1280)) {
            Page page = signIn(context, "t.bpjs");
            page.navigate(url("/kartu?wilayah=" + SANSARINO));
            long waiting = notReceivedIn(SANSARINO);
            assertThat(waiting).isGreaterThanOrEqualTo(3);
            // nothing ticked: refused with a message, nothing recorded
            page.click("#receive");
            assertThat(page.textContent("#card-error")).isEqualTo("Pilih sedikitnya satu peserta.");
            assertThat(notReceivedIn(SANSARINO)).isEqualTo(waiting);
            page.check("#select-all");
            assertThat(checked(page)).isEqualTo(choosable(page)).isGreaterThanOrEqualTo(3);
            page.uncheck("#select-all");
            assertThat(checked(page)).isZero();
            page.check("#select-all");
            page.click("#receive");
            assertThat(page.textContent(".alert-success")).isEqualTo("Kartu diterima tercatat.");
            assertThat(page.textContent("#received-count")).isEqualTo(waiting + " kartu baru tercatat diterima.");
            assertThat(notReceivedIn(SANSARINO)).isZero();
            assertThat(page.textContent("#cards")).contains("Rahman Lasimpala").contains("Diterima");
            assertThat(Browser.fitsWidth(page)).isTrue();
            Browser.screenshot(page, "cards-received-1280");
        }

        long handoverId;
        try (BrowserContext context = browser.context(390)) {
            Page page = signIn(context, "t.desa");
            page.navigate(url("/kartu"));
            assertThat(page.textContent("h2")).isEqualTo("Sansarino");
            assertThat(page.querySelector("#receive"))
                    .as("a village does not record cards received")
                    .isNull();
            assertThat(Browser.fitsWidth(page)).isTrue();
            assertTapTargets(page);
            Browser.screenshot(page, "cards-village-390");

            long ready = readyIn(SANSARINO);
            page.check("#select-all");
            assertThat(checked(page)).isEqualTo(ready);
            assertThat(page.textContent("#selected-count")).isEqualTo(ready + " dipilih");
            // bad values first: no place, then a date in the future
            page.fill("#place", "");
            page.click("#handover");
            assertThat(page.textContent("#card-error")).isEqualTo("Tempat serah terima wajib diisi.");
            page.check("#select-all");
            page.fill("#place", "Balai Desa Sansarino");
            page.fill("#date", "2025-12-20");
            page.click("#handover");
            assertThat(page.textContent("#card-error")).isEqualTo("Tanggal tidak boleh di masa depan.");
            assertThat(readyIn(SANSARINO)).isEqualTo(ready);

            page.check("#select-all");
            page.fill("#place", "Balai Desa Sansarino");
            page.fill("#date", "2025-12-18");
            page.fill("#witness", "Kepala Desa Sansarino");
            page.click("#handover");
            page.waitForURL("**/kartu/serah-terima/*");
            assertThat(page.textContent(".alert-success"))
                    .isEqualTo("Serah terima tercatat. Cetak Berita Acara di bawah.");
            assertThat(page.textContent("#handed"))
                    .contains("Rahman Lasimpala")
                    .contains("Nurhaya Tampoa")
                    .contains("Yusran Podungge");
            handoverId = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
            assertThat(handedIn(handoverId)).isEqualTo(ready);
            assertThat(readyIn(SANSARINO)).isZero();
            assertPdf(page, "#ba-pdf");
            assertThat(Browser.fitsWidth(page)).isTrue();
            Browser.screenshot(page, "cards-handed-390");

            // the village's page lists the hand-over with its Berita Acara; handed cards cannot be ticked again
            page.navigate(url("/kartu"));
            assertThat(page.textContent("#handovers"))
                    .contains("18 Desember 2025")
                    .contains("Balai Desa Sansarino")
                    .contains(ready + " kartu");
            assertPdf(page, "#ba-pdf-" + handoverId);
            for (long id : new long[] {a, b, c}) {
                assertThat(page.isDisabled("#c" + id)).isTrue();
            }
            assertThat(Browser.fitsWidth(page)).isTrue();
            Browser.screenshot(page, "cards-after-390");
        }

        // the Dinas receives and hands over a late card in one visit, choosing only the card that is ready
        long d = CardFixtures.registered(mvc, accounts, SANSARINO, "Sitti Lamadi");
        try (BrowserContext context = browser.context(1280)) {
            Page page = signIn(context, "t.admin");
            page.navigate(url("/kartu?wilayah=" + SANSARINO));
            page.check("#c" + d);
            page.click("#receive");
            assertThat(page.textContent(".alert-success")).isEqualTo("Kartu diterima tercatat.");
            page.click("#select-received");
            assertThat(checked(page)).isEqualTo(readyIn(SANSARINO)).isEqualTo(1);
            assertThat(page.isChecked("#c" + d)).isTrue();
            page.fill("#place", "Kantor Dinas Nakertrans");
            page.click("#handover");
            page.waitForURL("**/kartu/serah-terima/*");
            assertThat(page.textContent("#handed")).contains("Sitti Lamadi");
            assertPdf(page, "#ba-pdf");
            page.navigate(url("/kartu?wilayah=" + SANSARINO));
            assertPdf(page, "#ba-pdf-" + handoverId);
            assertThat(Browser.fitsWidth(page)).isTrue();
            Browser.screenshot(page, "cards-admin-1280");
        }
    }

    @Test
    void theCardFormCarriesACsrfTokenForEveryRoleThatSeesIt() throws Exception {
        CardFixtures.registered(mvc, accounts, SANSARINO, "Ardi Lasimpo");
        for (String user : new String[] {"t.admin", "t.bpjs", "t.desa", "t.camat", "t.pimpinan"}) {
            try (BrowserContext context = browser.context(390)) {
                Page page = signIn(context, user);
                page.navigate(url("/kartu?wilayah=" + SANSARINO));
                assertThat(page.querySelector("#cards-form input[name=_csrf]"))
                        .as("CSRF token in the card form for %s", user)
                        .isNotNull();
                assertThat(Browser.fitsWidth(page))
                        .as("no sideways scroll for %s", user)
                        .isTrue();
            }
        }
    }
}
