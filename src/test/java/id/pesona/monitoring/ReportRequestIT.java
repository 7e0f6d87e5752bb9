package id.pesona.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Making a report stores it: only a POST with the CSRF token does; a GET to the old address shows the form. */
class ReportRequestIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void fixture() {
        MonevFixture.load(jdbc);
    }

    long stored() {
        return jdbc.sql("select count(*) from monev_report").query(Long.class).single();
    }

    static MockHttpServletRequestBuilder report(MockHttpServletRequestBuilder request) {
        return request.param("jenis", "KECAMATAN")
                .param("wilayah", MonevFixture.KECAMATAN)
                .param("dari", "2025-01-01")
                .param("sampai", "2025-12-19")
                .param("format", "xlsx");
    }

    @Test
    void onlyAPostWithTheCsrfTokenStoresAReport() throws Exception {
        long before = stored();
        mvc.perform(report(get("/monev/laporan/buat")).with(accounts.as("t.admin")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/monev/laporan"));
        mvc.perform(report(post("/monev/laporan/buat")).with(accounts.as("t.admin")))
                .andExpect(status().isForbidden());
        mvc.perform(report(post("/monev/laporan/buat"))
                        .with(accounts.as("t.admin"))
                        .with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        assertThat(stored()).isEqualTo(before);

        mvc.perform(report(post("/monev/laporan/buat"))
                        .with(accounts.as("t.admin"))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern(
                        "/monev/laporan/*"));
        assertThat(stored()).isEqualTo(before + 1);
    }

    @Test
    void theFormPostsWithItsCsrfToken() throws Exception {
        String page = mvc.perform(get("/monev/laporan").with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int open = page.indexOf("id=\"report-form\"");
        assertThat(open).isPositive();
        String tag = page.substring(page.lastIndexOf("<form", open), page.indexOf('>', open) + 1);
        String form = page.substring(open, page.indexOf("</form>", open));
        assertThat(tag).contains("method=\"post\"").contains("action=\"/monev/laporan/buat\"");
        assertThat(form).contains("name=\"_csrf\"").contains("id=\"report-xlsx\"");
    }
}
