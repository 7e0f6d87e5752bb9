package id.pesona.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.pesona.claim.ClaimFixtures;
import id.pesona.support.Browser;
import id.pesona.support.BrowserTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A village reports a death during arrears on a phone and sees the claim blocked with the amount due. */
class ClaimBrowserIT extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    /** Fills the death report for the worker and sends it, as a village operator does on a phone. */
    void reportDeath(Page page, long participant) {
        page.navigate(url("/klaim/baru?peserta=" + participant));
        page.waitForSelector("#claim-form");
        page.check("#type-JKM");
        page.fill("#incidentDate", "2025-12-16");
        page.fill("#cause", "Tenggelam saat menyeberang");
        page.check("input[name=heirIds]");
        page.fill("#reporterName", "Kepala Desa Sansarino");
        page.click("#submit-claim");
    }

    @Test
    void aSecondDeathReportShowsTheMessageWithALinkToTheFirstClaim() {
        long p = ClaimFixtures.worker(jdbc, "7209052001", "Kasim Towana", LocalDate.of(2025, 1, 1));
        try (BrowserContext context = browser.context(390)) {
            Page page = signIn(context, "t.desa");
            reportDeath(page, p);
            page.waitForURL(java.util.regex.Pattern.compile(".*/klaim/\\d+$"));
            String first = page.url().substring(page.url().lastIndexOf('/') + 1);
            assertThat(page.textContent("#status")).isEqualTo("Dilaporkan");

            // the same death once more, from the form: refused in words, with the way to the first claim
            reportDeath(page, p);
            page.waitForSelector("#claim-error");
            assertThat(page.url()).endsWith("/klaim/baru");
            assertThat(page.textContent("#claim-error"))
                    .contains("Kematian Kasim Towana sudah dilaporkan sebagai klaim #" + first)
                    .contains("hanya dapat diklaim meninggal satu kali");
            assertThat(page.getAttribute("#existing-claim", "href")).isEqualTo("/klaim/" + first);
            assertThat(page.textContent("#existing-claim")).isEqualTo("Buka klaim #" + first);
            assertThat(Browser.fitsWidth(page)).as("refusal fits 390px").isTrue();
            Browser.screenshot(page, "claim-death-twice-390");
            page.click("#existing-claim");
            page.waitForURL(url("/klaim/" + first));
            assertThat(page.textContent("h1")).isEqualTo("Kasim Towana");
        }
        assertThat(jdbc.sql("select count(*) from claim where participant_id = ?")
                        .param(p)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void aDeathDuringArrearsIsMarkedTerhambatWithTheAmountDue() throws Exception {
        long p = ClaimFixtures.worker(jdbc, "7209052001", "Darwis Lamanasa", LocalDate.of(2025, 10, 1));
        ClaimFixtures.bill(mvc, accounts, "2025-10", "2025-11", "2025-12");
        try (BrowserContext context = browser.context(390)) {
            Page page = signIn(context, "t.desa");
            page.navigate(url("/klaim/baru"));
            page.selectOption("#peserta", String.valueOf(p));
            page.click("#next");
            page.waitForSelector("#claim-form");
            page.check("#type-JKM");
            page.fill("#incidentDate", "2025-12-15");
            page.fill("#cause", "Sakit mendadak di rumah");
            page.check("input[name=heirIds]");
            page.fill("#reporterName", "Kepala Desa Sansarino");
            assertThat(Browser.fitsWidth(page)).as("report form fits 390px").isTrue();
            Browser.screenshot(page, "claim-new-390");
            page.click("#submit-claim");
            page.waitForSelector("#verdict");
            assertThat(page.textContent("#verdict")).isEqualTo("Terhambat");
            assertThat(page.textContent("#status")).isEqualTo("Dilaporkan");
            assertThat(page.textContent("#arrears-amount")).startsWith("Rp").isNotEqualTo("Rp0");
            assertThat(page.textContent("#arrears-months"))
                    .contains("Oktober 2025")
                    .contains("3 bulan");
            assertThat(page.textContent("#reasons")).contains("terhambat");
            assertThat(Browser.fitsWidth(page)).as("claim page fits 390px").isTrue();
            Browser.screenshot(page, "claim-terhambat-390");
            String amount = page.textContent("#arrears-amount");

            page.navigate(url("/klaim"));
            String row = page.textContent("#claims");
            assertThat(row).contains("Darwis Lamanasa").contains("Terhambat").contains(amount);
            assertThat(page.locator("#claims .list-group-item-warning").count()).isGreaterThanOrEqualTo(1);
            assertThat(Browser.fitsWidth(page)).as("claim list fits 390px").isTrue();
            Browser.screenshot(page, "claim-list-390");
        }
        try (BrowserContext context = browser.context(390)) {
            Page page = signIn(context, "t.admin");
            page.navigate(url("/klaim/aturan"));
            assertThat(page.textContent("#benefit-rules"))
                    .contains("Rp20.000.000")
                    .contains("PP 82/2019");
            assertThat(Browser.fitsWidth(page)).as("benefit rules fit 390px").isTrue();
            Browser.screenshot(page, "claim-rules-390");
        }
    }

    @Test
    void aFunctionalPartialDisabilityWithTransportBySeaIsEstimatedAtEightyTimesTheBandIncome() throws Exception {
        // declared Rp500.000 (below the lowest band: insured at Rp1.000.000, Permenaker 5/2021 Lampiran); 50 % loss of
        // function of a 30 % table disability: 0,5 × 0,3 × 80 × Rp1.000.000 = Rp12.000.000 (PP 82/2019 Lampiran);
        // transport by sea up to Rp2.000.000
        long p = ClaimFixtures.worker(jdbc, "7209052001", "Yusran Pobela", LocalDate.of(2025, 10, 1));
        jdbc.sql("update participant set declared_income = 500000 where id = ?")
                .param(p)
                .update();
        ClaimFixtures.bill(mvc, accounts, "2025-10", "2025-11", "2025-12");
        try (BrowserContext context = browser.context(390)) {
            Page page = signIn(context, "t.desa");
            page.navigate(url("/klaim/baru?peserta=" + p));
            page.waitForSelector("#claim-form");
            page.check("#type-JKK");
            page.fill("#incidentDate", "2025-12-12");
            page.fill("#place", "Perahu di perairan Sansarino");
            page.fill("#description", "Tangan terjepit mesin perahu");
            page.selectOption("#circumstance", "DI_TEMPAT_KERJA");
            page.selectOption("#outcome", "CACAT_SEBAGIAN");
            page.fill("#disabilityPercent", "30");
            page.fill("#functionLossPercent", "50");
            page.selectOption("#transport", "LAUT");
            page.fill("#reporterName", "Kepala Desa Sansarino");
            assertThat(Browser.fitsWidth(page)).as("JKK form fits 390px").isTrue();
            page.click("#submit-claim");
            page.waitForSelector("#estimate-total");
            assertThat(page.textContent("#estimate-total")).isEqualTo("Rp12.000.000");
            assertThat(page.textContent("#estimate"))
                    .contains("Cacat fungsi: berkurang fungsi 50 % × cacat 30 % × 80 × penghasilan Rp1.000.000")
                    .contains("Biaya transportasi laut ke fasilitas kesehatan")
                    .contains("Rp2.000.000");
            assertThat(page.locator("body").textContent())
                    .contains("Angkutan laut")
                    .contains("berkurang fungsi 50 %");
            assertThat(Browser.fitsWidth(page)).as("estimate fits 390px").isTrue();
            Browser.screenshot(page, "claim-disability-390");
        }
    }
}
