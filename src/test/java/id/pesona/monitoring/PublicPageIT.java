package id.pesona.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public page answers without login, per kecamatan, with no personal data. */
class PublicPageIT extends IntegrationTest {

    @BeforeEach
    void fixture() {
        MonevFixture.load(jdbc);
    }

    @Test
    void aggregatesPerKecamatanWithoutLoginAndWithoutPersonalData() throws Exception {
        String html = mvc.perform(get("/publik"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document d = Jsoup.parse(html);
        assertThat(d.select("#public-table tbody tr")).hasSize(12);
        assertThat(d.selectFirst("#public-table tr[data-code=72.09.03]").text())
                .isEqualTo("Walea Kepulauan 9 850 6 0,71 % 1"); // the last column: AKTIF
        assertThat(d.select("#monev-map path")).hasSize(12);
        // no names, no NIK, no KPJ, no link into the villages
        assertThat(html).doesNotContain("Monev Uji").doesNotContain("72090312").doesNotContain("/monev?");
        assertThat(d.select("a[href*=wilayah]")).isEmpty();
    }
}
