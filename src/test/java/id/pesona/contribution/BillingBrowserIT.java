package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.pesona.shared.Rupiah;
import id.pesona.support.Billing;
import id.pesona.support.Browser;
import id.pesona.support.BrowserTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The Dinas runs the month's billing in Chromium: the page says which month is next and refuses one not yet come. */
class BillingBrowserIT extends BrowserTest {

    @Test
    void theAdminBillsTheNextMonthAndCannotBillOneThatHasNotCome() throws Exception {
        Fixtures.registered(jdbc, "7209122006", "APBDES", 1_000_000, LocalDate.of(2025, 1, 1), null);
        Billing.months(mvc, accounts.as("t.admin"), "2025-12");
        String schedule = mvc.perform(get("/api/v1/billing-runs/schedule").with(accounts.as("t.admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        YearMonth next =
                YearMonth.parse(JsonPath.read(schedule, "$.lastBilled")).plusMonths(1);
        // the business day is the 5th of the month after the last billed one: that month is next, and it has come
        clock.set(next.atDay(5).atTime(9, 0).atZone(ZoneId.of("Asia/Makassar")).toInstant());

        try (BrowserContext context = browser.context(1280)) {
            Page page = signIn(context, "t.admin");
            page.navigate(url("/iuran/tagihan"));
            assertThat(page.textContent("#next-month"))
                    .isEqualTo("Bulan berikutnya yang ditagih: " + Billing.monthName(next));
            assertThat(page.querySelector("#next-not-yet")).isNull();
            assertThat(page.inputValue("#run-month")).isEqualTo(next.toString());
            assertThat(Browser.fitsWidth(page)).isTrue();
            Browser.screenshot(page, "billing-next-1280");

            long bills = jdbc.sql("select count(*) from bill").query(Long.class).single();
            page.fill("#run-month", next.plusMonths(1).toString());
            page.click("#run-billing");
            assertThat(page.textContent("#run-error"))
                    .isEqualTo("Bulan " + Billing.monthName(next.plusMonths(1))
                            + " belum dapat ditagih: bulan berjalan adalah " + Billing.monthName(next)
                            + ". Tagihan hanya dijalankan untuk bulan yang sudah tiba.");
            assertThat(jdbc.sql("select count(*) from bill").query(Long.class).single())
                    .isEqualTo(bills);
            // a month that is not one
            page.fill("#run-month", "");
            page.click("#run-billing");
            assertThat(page.textContent("#run-error")).isEqualTo("Bulan tagihan wajib diisi (TTTT-BB).");
            Browser.screenshot(page, "billing-refused-1280");

            page.fill("#run-month", next.toString());
            page.click("#run-billing");
            assertThat(page.textContent(".alert-success")).isEqualTo("Tagihan dijalankan.");
            assertThat(page.textContent("#run-result")).matches("\\d+ tagihan baru, \\d+ baris baru, \\d+ koreksi\\.");
            assertThat(page.textContent("#bills-month")).isEqualTo("Tagihan " + Billing.monthName(next));
            assertThat(page.textContent("#bills")).contains("Pemerintah Desa Kadoda");
            assertThat(page.textContent("#next-month"))
                    .isEqualTo("Bulan berikutnya yang ditagih: " + Billing.monthName(next.plusMonths(1)));
            assertThat(page.textContent("#next-not-yet"))
                    .isEqualTo("(dapat dijalankan mulai 1 " + Billing.monthName(next.plusMonths(1)) + ")");
            assertThat(page.textContent("#last-billed")).isEqualTo("Terakhir ditagih: " + Billing.monthName(next));
            // the total is the sum of the payers' bills listed
            long sum = page.querySelectorAll("#bills tbody tr td:last-child").stream()
                    .mapToLong(td -> Rupiah.parse(td.textContent()).orElseThrow())
                    .sum();
            assertThat(Rupiah.parse(page.textContent("#bills-total")).orElseThrow())
                    .isEqualTo(sum);
            assertThat(sum)
                    .isEqualTo(jdbc.sql("select sum(amount) from bill_line where contribution_month = ?")
                            .param(next.atDay(1))
                            .query(Long.class)
                            .single());
            assertThat(Browser.fitsWidth(page)).isTrue();
            Browser.screenshot(page, "billing-done-1280");
        }
    }
}
