package id.pesona.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Cards, claims, data quality and arrears panels against the hand-counted {@link MonevFixture}. */
class PanelsIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Panels panels;

    @BeforeEach
    void fixture() {
        MonevFixture.load(jdbc);
    }

    Document page(String user, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(accounts.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void cardsPerVillageAndNoInventedClaims() throws Exception {
        Document d = page("t.pimpinan", "/monev/kartu-klaim?wilayah=72.09.03");
        assertThat(d.selectFirst("#cards-registered").text()).isEqualTo("6");
        assertThat(d.selectFirst("#cards-received").text()).isEqualTo("3");
        assertThat(d.selectFirst("#cards-handed").text()).isEqualTo("1");
        assertThat(d.selectFirst("#cards-table tr[data-code=72.09.03.2006]").text())
                .isEqualTo("Tiga Pulau 4 2 1 25 %");
        assertThat(d.selectFirst("#cards-table tr[data-code=72.09.03.2007]").text())
                .isEqualTo("Popolii 2 1 0 0 %");
        // the claims module fills the claims panel; no test reports a claim in 72.09.03
        assertThat(panels.claims(id.pesona.shared.RegionCode.parse("72.09.03"), null, null))
                .hasValueSatisfying(c -> assertThat(c.reported()).isZero());
        assertThat(d.selectFirst("#claims-unavailable")).isNull();
        mvc.perform(get("/api/v1/monitoring/cards").param("region", "72.09.03").with(accounts.as("t.admin")))
                .andExpect(jsonPath("$.rows[0].code").value("72.09.03.2006"))
                .andExpect(jsonPath("$.rows[0].handed").value(1))
                .andExpect(jsonPath("$.rows.length()").value(9));
    }

    @Test
    void dataQualityCountsMissingKpjWarningsAndStaleVillages() throws Exception {
        // Popolii tries to add the first Tiga Pulau fisherman (serial 101) twice: one duplicate resolved, counted once
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/peserta/baru")
                            .with(accounts.as("t.admin"))
                            .with(csrf())
                            .param("nik", "7209031206900101")
                            .param("fullName", "Monev Uji Lagi")
                            .param("birthDate", "1990-06-12")
                            .param("sex", "L")
                            .param("village", "72.09.03.2007")
                            .param("occupation", "NELAYAN")
                            .param("declaredIncome", "1000000")
                            .param("fundingSource", "APBDES")
                            .param("programmeYear", "2025")
                            .param("declaredFit", "true"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Tiga Pulau (72.09.03.2006)")));
        }
        Document d = page("t.admin", "/monev/kualitas?wilayah=72.09.03");
        assertThat(d.selectFirst("#q-duplicates").text()).isEqualTo("1");
        // both attempts are listed, NIK masked
        assertThat(d.select("#quality-duplicates tbody tr")).hasSize(2);
        assertThat(d.selectFirst("#quality-duplicates tbody tr").text())
                .contains("7209********0101")
                .contains("Popolii (72.09.03.2007)")
                .contains("Tiga Pulau (72.09.03.2006)")
                .doesNotContain("7209031206900101");
        assertThat(d.selectFirst("#q-active").text()).isEqualTo("8");
        assertThat(d.selectFirst("#q-kpj").text()).isEqualTo("1");
        assertThat(d.selectFirst("#q-awaiting").text()).isEqualTo("2");
        assertThat(d.selectFirst("#q-warnings").text()).isEqualTo("1");
        assertThat(d.selectFirst("#quality-warnings tr[data-warning=SEX]").text())
                .endsWith(" 1");
        assertThat(d.selectFirst("#quality-table tr[data-code=72.09.03.2007]").text())
                .isEqualTo("Popolii 3 1 1 0 1");
        // on 19 December 2025 nothing changed in 90 days anywhere in the kecamatan: 9 desa
        assertThat(d.select("#quality-stale tbody tr")).hasSize(9);
        assertThat(d.selectFirst("#quality-stale tr[data-code=72.09.03.2006]").text())
                .contains("1 Januari 2025");
        assertThat(d.selectFirst("#quality-stale tr[data-code=72.09.03.2008]").text())
                .contains("belum pernah");
        // over a year, the two desa with data are fresh
        assertThat(page("t.admin", "/monev/kualitas?wilayah=72.09.03&hari=400").select("#quality-stale tbody tr"))
                .hasSize(7);
        mvc.perform(get("/api/v1/monitoring/quality")
                        .param("region", "72.09.03")
                        .with(accounts.as("t.admin")))
                .andExpect(jsonPath("$.total.kpjMissing").value(1))
                .andExpect(jsonPath("$.nikWarnings.SEX").value(1))
                .andExpect(jsonPath("$.total.duplicatesResolved").value(1))
                .andExpect(jsonPath("$.rows[1].code").value("72.09.03.2007"))
                .andExpect(jsonPath("$.rows[1].duplicatesResolved").value(1))
                .andExpect(jsonPath("$.latestDuplicates[0].nikMasked").value("7209********0101"));
    }

    @Test
    void arrearsPanelRanksPayersWithAgingAndCountsWorkersAtRisk() throws Exception {
        Document d = page("t.pimpinan", "/monev/tunggakan?wilayah=72.09.03&tanggal=2025-12-19");
        assertThat(d.selectFirst("#arrears-deadline")).isNotNull();
        // the donor owes July and August 2025: 2 × Rp16.800, both more than 90 days past the 15th
        assertThat(d.selectFirst("#arrears-table tr[data-payer=MONEV-UJI]").text())
                .contains("Donatur Uji Walea")
                .contains("Rp33.600")
                .contains("Juli 2025");
        var a = panels.arrears(
                id.pesona.shared.RegionCode.parse("72.09.03.2009"), java.time.LocalDate.of(2025, 12, 19));
        assertThat(a.outstanding()).isEqualTo(33_600);
        assertThat(a.buckets().get(id.pesona.contribution.Aging.Bucket.LEBIH_90))
                .isEqualTo(33_600);
        assertThat(a.payersOwing()).isEqualTo(1);
        // at risk of losing cover: the Tiga Pulau worker paid only through October
        assertThat(d.selectFirst("#arrears-menunggak").text()).isEqualTo("1");
        assertThat(d.selectFirst("#arrears-nonaktif").text()).isEqualTo("0");
        mvc.perform(get("/api/v1/monitoring/arrears")
                        .param("region", "72.09.03.2009")
                        .param("date", "2025-12-19")
                        .with(accounts.as("t.admin")))
                .andExpect(jsonPath("$.available").value(true))
                .andExpect(jsonPath("$.outstanding").value(33_600))
                .andExpect(jsonPath("$.buckets.LEBIH_90").value(33_600));
        assertThat(page("t.camat", "/monev/tunggakan")
                        .selectFirst("#focus-name")
                        .text())
                .isEqualTo("Ampana Kota");
        mvc.perform(get("/monev/tunggakan").param("wilayah", "72.09.03").with(accounts.as("t.desa")))
                .andExpect(status().isForbidden());
    }
}
