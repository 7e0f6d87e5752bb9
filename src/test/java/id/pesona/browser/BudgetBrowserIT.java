package id.pesona.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.pesona.support.Browser;
import id.pesona.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** The budget planner in Chromium: leadership changes the income assumed for new slots and sees the new figure. */
class BudgetBrowserIT extends BrowserTest {

    static long rupiah(String text) {
        return Long.parseLong(text.strip().replace("Rp", "").replace(".", ""));
    }

    /** Two workers of Kabalo (72.09.07.2010) at Rp2.000.000, so the existing part is not zero. */
    void kabaloHasTwoWorkers() {
        for (String nik : new String[] {"7209071206910001", "7209071206910002"}) {
            jdbc.sql("""
                            insert into participant (nik, active_nik, full_name, birth_date, sex, village_code,
                                occupation, declared_income, segment, funding_source, programme_year, status,
                                registered_on, declared_fit, proposed_by, created_at)
                            select ?, ?, 'Peserta Kabalo', date '1990-06-12', 'L', '7209072010', 'NELAYAN', 2000000,
                                'BPU', 'APBDES', 2025, 'TERDAFTAR', date '2025-01-01', true, 'uji',
                                timestamp '2025-01-01 00:00:00'
                            where not exists (select 1 from participant where nik = ?)
                            """).params(nik, nik, nik).update();
        }
    }

    @Test
    void leadershipChangesTheAssumedIncomeOfNewSlots() {
        kabaloHasTwoWorkers();
        for (int width : new int[] {1280, 390}) {
            try (BrowserContext context = browser.context(width)) {
                Page page = signIn(context, "t.pimpinan");
                page.navigate(url("/monev/anggaran?wilayah=72.09.07&tahun=2026&s=u150"));
                assertThat(page.inputValue("#penghasilan")).isEqualTo("1.000.000");
                String card = "#budget-totals [data-scenario=u150] ";
                long existing = rupiah(page.textContent(card + ".budget-existing-cost"));
                long before = rupiah(page.textContent(card + ".budget-new-cost"));
                long slots = Long.parseLong(page.textContent(card + ".budget-new")
                        .replaceAll("(?s)^\\D*(\\d[\\d.]*).*$", "$1")
                        .replace(".", ""));
                // 12 × (JKK 1 % of Rp1.000.000 + JKM Rp6.800) per slot
                assertThat(before).isEqualTo(slots * 201_600);

                page.fill("#penghasilan", "1.500.000");
                page.click("#budget-form button[type=submit]");
                page.waitForURL("**penghasilan=1.500.000**");
                assertThat(page.inputValue("#penghasilan")).isEqualTo("1.500.000");
                assertThat(page.textContent(card + ".budget-new")).contains("asumsi Rp1.500.000");
                long after = rupiah(page.textContent(card + ".budget-new-cost"));
                // 12 × (Rp15.000 + Rp6.800); the existing workers keep their declared income
                assertThat(after).isEqualTo(slots * 261_600);
                assertThat(rupiah(page.textContent(card + ".budget-existing-cost")))
                        .isEqualTo(existing);
                assertThat(rupiah(page.textContent(card + ".budget-total"))).isEqualTo(existing + after);
                // Kabalo: two workers at Rp2.000.000 (12 × Rp26.800 each), 148 new slots at Rp1.500.000
                assertThat(page.textContent("#budget-villages tr[data-code='72.09.07.2010']"))
                        .contains("Rp643.200")
                        .contains("Rp38.716.800");
                assertThat(existing).isGreaterThanOrEqualTo(643_200);
                assertThat(Browser.fitsWidth(page)).as("fits " + width + " px").isTrue();
                Browser.screenshot(page, "monev-budget-assumption-" + width);

                page.fill("#penghasilan", "sejuta");
                page.click("#budget-form button[type=submit]");
                page.waitForSelector("#budget-input-error");
                assertThat(page.textContent("#budget-input-error")).contains("Asumsi penghasilan slot baru");
                assertThat(page.getAttribute("#penghasilan", "class")).contains("is-invalid");
                assertThat(page.inputValue("#penghasilan")).isEqualTo("sejuta");
                assertThat(Browser.fitsWidth(page)).isTrue();
            }
        }
    }
}
