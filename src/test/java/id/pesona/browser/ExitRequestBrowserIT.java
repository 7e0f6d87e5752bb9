package id.pesona.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import id.pesona.participant.Workers;
import id.pesona.support.Browser;
import id.pesona.support.BrowserTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A village with a full quota in Chromium: it is told when it opens the proposal form, asks for a worker's exit on a
 * phone, the Dinas confirms on a desktop, and the village proposes a replacement. Test business date: 19 December 2025.
 */
class ExitRequestBrowserIT extends BrowserTest {

    /** Desa Tete B (72.09.04.2002), the village of t.teteb; no other test uses it. */
    static final String VILLAGE = "7209042002";

    long worker(String nik, String name, String village) {
        return Workers.insert(jdbc, nik, name, LocalDate.of(1985, 3, 3), village, "TERDAFTAR");
    }

    @Test
    void aFullVillageAsksForAnExitTheDinasConfirmsAndTheVillageProposesAReplacement() {
        long leaving = worker("7209040303850101", "Baharudin Lasaka", VILLAGE);
        worker("7209040303850102", "Yamin Tobondo", VILLAGE);
        long used = Workers.activeBpu(jdbc, VILLAGE);
        Workers.quota2025(jdbc, VILLAGE, used);
        long otherVillageWorker = worker("7209040303850104", "Pekerja Pusungi", "7209042001");

        try (BrowserContext context = browser.context(390)) {
            Page page = signIn(context, "t.teteb");
            page.navigate(url("/peserta/baru"));
            // told on opening the form, with the numbers and the way out
            assertThat(page.isVisible("#quota-full")).isTrue();
            assertThat(page.textContent("#quota-full"))
                    .contains("Kuota Tete B tahun 2025 sudah penuh.")
                    .contains("Aktif/terpakai " + used + " dari kuota " + used + ".");
            assertThat(Browser.fitsWidth(page))
                    .as("proposal form with banner fits 390px")
                    .isTrue();
            Browser.screenshot(page, "exit-quota-banner-390");

            page.click("#quota-choose-exit");
            page.click("#participants a:has-text('Baharudin Lasaka')");
            page.waitForSelector("#exit-form");
            assertThat(Browser.fitsWidth(page))
                    .as("participant page with exit form fits 390px")
                    .isTrue();

            // a bad value first: no reason chosen
            page.fill("#exit-on", "2025-12-10");
            page.click("#exit-submit");
            page.waitForSelector("#exit-error");
            assertThat(page.textContent("#exit-error")).isEqualTo("Pilih alasan keluar.");
            assertThat(page.inputValue("#exit-on")).isEqualTo("2025-12-10");

            page.selectOption("#exit-reason", "PINDAH");
            page.fill("#exit-note", "Pindah ke Kabupaten Poso bersama keluarga");
            Browser.screenshot(page, "exit-request-form-390");
            page.click("#exit-submit");
            page.waitForSelector(".alert-success");
            assertThat(page.textContent(".alert-success"))
                    .isEqualTo("Permintaan keluar terkirim dan menunggu persetujuan Dinas atau BPJS.");
            assertThat(page.url()).isEqualTo(url("/peserta/" + leaving));
            assertThat(page.textContent("#exit-state")).isEqualTo("Diajukan");
            assertThat(page.textContent("#history")).contains("Permintaan keluar diajukan");
            assertThat(Browser.fitsWidth(page)).as("requested exit fits 390px").isTrue();
            Browser.screenshot(page, "exit-requested-390");

            page.navigate(url("/peserta/keluar"));
            assertThat(page.textContent("#exits")).contains("Baharudin Lasaka").contains("Diajukan");
            assertThat(page.isVisible("button:has-text('Setujui')")).isFalse();
            assertThat(Browser.fitsWidth(page)).as("exit list fits 390px").isTrue();

            // another village's worker: refused (403), a missing one: not found (404), both in Indonesian
            Response refused = page.navigate(url("/peserta/" + otherVillageWorker));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(page.textContent("main")).contains("Akses ditolak").doesNotContain("Pekerja Pusungi");
            Response missing = page.navigate(url("/peserta/999999999"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(page.textContent("main")).contains("Tidak ditemukan");
        }
        long request = jdbc.sql("select id from exit_request where open_participant_id = ?")
                .param(leaving)
                .query(Long.class)
                .single();

        try (BrowserContext context = browser.context(1280)) {
            Page page = signIn(context, "t.admin");
            // the office choosing the full village in the form is told too, without submitting
            page.navigate(url("/peserta/baru"));
            assertThat(page.isVisible("#quota-full")).isFalse();
            page.selectOption("#village", "72.09.04.2002");
            page.waitForSelector("#quota-full");
            assertThat(page.textContent("#quota-numbers"))
                    .isEqualTo("Aktif/terpakai " + used + " dari kuota " + used + ".");
            page.navigate(url("/peserta/keluar"));
            assertThat(page.textContent("#exit-" + request))
                    .contains("Baharudin Lasaka")
                    .contains("Tete B")
                    .contains("Pindah")
                    .contains("10 Desember 2025")
                    .contains("Pindah ke Kabupaten Poso bersama keluarga")
                    .contains("t.teteb");
            assertThat(Browser.fitsWidth(page)).as("exit list fits 1280px").isTrue();
            Browser.screenshot(page, "exit-list-admin-1280");
            page.click("#approve-" + request);
            page.waitForSelector(".alert-success");
            assertThat(page.textContent(".alert-success"))
                    .isEqualTo("Permintaan keluar disetujui: kepesertaan berhenti dan slot kuota kosong.");
            assertThat(page.isVisible("#exit-" + request)).isFalse();
        }
        assertThat(Workers.activeBpu(jdbc, VILLAGE)).isEqualTo(used - 1);
        assertThat(jdbc.sql("select end_reason || ':' || ended_on from participant where id = ?")
                        .param(leaving)
                        .query(String.class)
                        .single())
                .isEqualTo("PINDAH:2025-12-10");

        try (BrowserContext context = browser.context(390)) {
            Page page = signIn(context, "t.teteb");
            page.navigate(url("/peserta/" + leaving));
            assertThat(page.textContent("#status")).isEqualTo("Berhenti");
            assertThat(page.textContent("#exit-state")).isEqualTo("Disetujui");
            page.click("a:has-text('Usulkan pengganti')");
            page.waitForSelector("#submit-proposal");
            assertThat(page.isVisible("#quota-full")).isFalse();
            page.fill("#nik", "7209044303900103");
            page.fill("#fullName", "Marlina Lasaka");
            page.fill("#birthDate", LocalDate.of(1990, 3, 3).toString());
            page.check("input[name=sex][value=P]");
            page.selectOption("#occupation", "PETANI");
            page.fill("#declaredIncome", "1.000.000");
            page.fill("#fundingName", "Dana Desa");
            page.check("#declaredFit1");
            page.click("#submit-proposal");
            page.waitForSelector("#status");
            assertThat(page.textContent("#status")).isEqualTo("Diusulkan");
            assertThat(page.textContent(".alert-success"))
                    .isEqualTo("Usulan peserta tersimpan dan menunggu verifikasi Dinas.");
            assertThat(Browser.fitsWidth(page)).as("replacement fits 390px").isTrue();
            Browser.screenshot(page, "exit-replacement-390");
        }
        assertThat(Workers.activeBpu(jdbc, VILLAGE)).isEqualTo(used);
        assertThat(jdbc.sql("select replaces_id from participant where nik = '7209044303900103'")
                        .query(Long.class)
                        .single())
                .isEqualTo(leaving);
    }
}
