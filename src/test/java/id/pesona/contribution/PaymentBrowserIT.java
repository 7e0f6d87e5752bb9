package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.pesona.support.Billing;
import id.pesona.support.Browser;
import id.pesona.support.BrowserTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The BPJS officer records a village's payment on a phone and sees its workers go from MENUNGGAK to AKTIF. */
class PaymentBrowserIT extends BrowserTest {

    @Test
    void recordingAPaymentTurnsAVillageFromMenunggakToAktif() {
        long worker = Fixtures.registered(jdbc, "7209022008", "APBDES", 1_000_000, LocalDate.of(2025, 10, 1), null);
        Fixtures.registered(jdbc, "7209022008", "APBDES", 1_000_000, LocalDate.of(2025, 10, 1), null);
        Billing.months(mvc, accounts.as("t.admin"), "2025-10", "2025-11", "2025-12");
        long payer = jdbc.sql("select id from payer where code = 'APBDES-7209022008'")
                .query(Long.class)
                .single();

        try (BrowserContext context = browser.context(390)) {
            Page page = signIn(context, "t.bpjs");
            page.navigate(url("/iuran/tunggakan?wilayah=72.09.02"));
            assertThat(Browser.fitsWidth(page)).isTrue();
            Browser.screenshot(page, "arrears-390");
            page.click("#arrears-payers-table a[href*='/iuran/pembayar/" + payer + "']");
            page.waitForSelector("#account-participants");
            assertThat(page.textContent("#account-participants")).contains("Menunggak");
            assertThat(page.textContent("#acc-outstanding")).isEqualTo("Rp100.800");
            assertThat(Browser.fitsWidth(page)).isTrue();
            Browser.screenshot(page, "account-before-390");

            page.fill("#pay-amount", "100.800");
            page.fill("#pay-ref", "SETOR-0812");
            page.fill("#pay-note", "Pelunasan Oktober–Desember 2025");
            page.click("#pay-submit");
            page.waitForSelector(".alert-success");
            assertThat(page.textContent("#account-participants"))
                    .contains("Semua peserta lunas")
                    .doesNotContain("Menunggak");
            assertThat(page.textContent("#account-payments"))
                    .contains("SETOR-0812")
                    .contains("Rp100.800");
            Browser.screenshot(page, "account-after-390");

            page.navigate(url("/iuran/peserta/" + worker));
            assertThat(page.textContent("#cover-status")).contains("Aktif");
            assertThat(page.textContent("#cover-paid-through")).isEqualTo("Desember 2025");
            assertThat(Browser.fitsWidth(page)).isTrue();
            Browser.screenshot(page, "participant-cover-390");
        }
    }
}
