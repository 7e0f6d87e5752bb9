package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class DeadlineIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void removeDeadlines() {
        jdbc.sql("delete from deadline_payer").update();
        jdbc.sql("delete from deadline").update();
    }

    long declare(String title, String date, String region, String source) throws Exception {
        String location = mvc.perform(post("/iuran/tenggat")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("title", title)
                        .param("dueDate", date)
                        .param("region", region)
                        .param("fundingSource", source)
                        .param("legalBasis", "Rapat monev 9 Desember 2025"))
                .andExpect(redirectedUrlPattern("/iuran/tenggat/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aDeadlineBindsThePayersOfItsRegionAndCountsDown() throws Exception {
        long id = declare("Batas pelunasan tunggakan 19 Desember 2025", "2025-12-19", "72.09", "");
        assertThat(jdbc.sql("select count(*) from deadline_payer where deadline_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(146L);
        // the business clock stands on 19 December 2025
        mvc.perform(get("/iuran/tenggat/" + id).with(accounts.as("t.pimpinan")))
                .andExpect(content().string(containsString("Hari ini batasnya")))
                .andExpect(content().string(containsString("19 Desember 2025")));
        mvc.perform(get("/").with(accounts.as("t.desa")))
                .andExpect(content().string(containsString("Batas pelunasan tunggakan 19 Desember 2025")));
        // scoped: the camat sees the 10 payers of Ampana Kota, a village its own
        mvc.perform(get("/iuran/tenggat").with(accounts.as("t.camat")))
                .andExpect(content().string(containsString("10 pembayar")));
        mvc.perform(get("/iuran/tenggat/" + id).with(accounts.as("t.desa")))
                .andExpect(content().string(containsString("Pemerintah Desa Sansarino")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Padang Tumbuo"))));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'DEADLINE' and entity_id = ?")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void countdownInDays() throws Exception {
        long id = declare("Tenggat akhir tahun", "2025-12-31", "72.09.05", "APBDES");
        mvc.perform(get("/iuran/tenggat/" + id).with(accounts.as("t.camat")))
                .andExpect(content().string(containsString("Sisa 12 hari")));
        // a deadline for Ampana Kota does not bind Lemoro: refused like every record outside the scope
        mvc.perform(get("/iuran/tenggat/" + id).with(accounts.as("t.lemoro"))).andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no title        |            | 2025-12-31 | 72.09    |                | Judul tenggat wajib diisi",
                "no date         | Batas      |            | 72.09    |                | Tanggal tenggat wajib diisi",
                "not a date      | Batas      | 31-12-2025 | 72.09    |                | Tanggal tenggat wajib diisi",
                "no such day     | Batas      | 2025-02-30 | 72.09    |                | Tanggal tenggat wajib diisi",
                "past date       | Batas      | 2025-12-18 | 72.09    |                | tidak boleh sebelum hari ini",
                "bad region      | Batas      | 2025-12-31 | 72.9     |                | Kode wilayah",
                "no payers there | Batas      | 2025-12-31 | 72.09.08 | APBD_KABUPATEN | Tidak ada pembayar di wilayah 72.09.08"
            })
    void refusesBadDeadlinesAndWritesNothing(
            String name, String title, String date, String region, String source, String message) throws Exception {
        mvc.perform(post("/iuran/tenggat")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("title", title == null ? "" : title)
                        .param("dueDate", date == null ? "" : date)
                        .param("region", region)
                        .param("fundingSource", source == null ? "" : source))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
        assertThat(jdbc.sql("select count(*) from deadline").query(Long.class).single())
                .isZero();
    }

    @ParameterizedTest
    @CsvSource({"t.admin, true", "t.bpjs, false", "t.pimpinan, false", "t.camat, false", "t.desa, false"})
    void everyRoleOpensTheListAndOnlyTheAdminSeesTheForm(String user, boolean form) throws Exception {
        var page = mvc.perform(get("/iuran/tenggat").with(accounts.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Tenggat pembayaran");
        assertThat(page.contains("id=\"deadline-form\"")).isEqualTo(form);
        if (form) {
            assertThat(page).contains("name=\"_csrf\"").contains("value=\"72.09\"");
        }
    }

    @ParameterizedTest
    @CsvSource({"t.bpjs", "t.pimpinan", "t.camat", "t.desa"})
    void onlyAdminDeclaresDeadlines(String user) throws Exception {
        mvc.perform(post("/iuran/tenggat")
                        .with(accounts.as(user))
                        .with(csrf())
                        .param("title", "x")
                        .param("dueDate", "2025-12-31")
                        .param("region", "72.09"))
                .andExpect(status().isForbidden());
    }
}
