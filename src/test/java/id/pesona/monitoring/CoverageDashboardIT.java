package id.pesona.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.shared.RegionCode;
import id.pesona.support.IntegrationTest;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coverage dashboard's numbers against the hand-counted {@link MonevFixture}, on pages and in the API. */
class CoverageDashboardIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoverageFigures figures;

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
    void kecamatanTotalsVillagesAndGrowthMatchTheFixture() {
        Figures f = figures.of(RegionCode.parse(MonevFixture.KECAMATAN), LocalDate.of(2025, 12, 19));
        Figures.Row t = f.total();
        assertThat(t.villages()).isEqualTo(9);
        assertThat(t.quota()).isEqualTo(8 * 100 + 50);
        assertThat(t.planned()).isEqualTo(9 * 150);
        assertThat(t.registered()).isEqualTo(6);
        assertThat(t.proposed()).isEqualTo(1);
        assertThat(t.verified()).isEqualTo(1);
        assertThat(t.stopped()).isEqualTo(1);
        assertThat(t.registeredOfQuota()).isEqualTo(71L); // 6 / 850 = 0.706 %
        assertThat(t.registeredOfPlanned()).isEqualTo(44L); // 6 / 1350 = 0.444 %
        // statuses from the contribution module: one paid up, one inside the grace period, four beyond it
        assertThat(f.statusAvailable()).isTrue();
        assertThat(t.aktif()).isEqualTo(1);
        assertThat(t.menunggak()).isEqualTo(1);
        assertThat(t.nonaktif()).isEqualTo(4);
        assertThat(t.aktifOfQuota()).isEqualTo(12L); // 1 / 850 = 0.118 %
        assertThat(f.children()).hasSize(9);
        Figures.Row tiga = f.children().stream()
                .filter(r -> r.dotted().equals("72.09.03.2006"))
                .findFirst()
                .orElseThrow();
        assertThat(tiga.quota()).isEqualTo(100);
        assertThat(tiga.registered()).isEqualTo(4);
        assertThat(tiga.registeredOfQuota()).isEqualTo(400L);
        assertThat(tiga.aktif()).isEqualTo(1);
        assertThat(tiga.menunggak()).isEqualTo(1);
        assertThat(tiga.nonaktif()).isEqualTo(2);
        Figures.Row popolii = f.children().stream()
                .filter(r -> r.dotted().equals("72.09.03.2007"))
                .findFirst()
                .orElseThrow();
        assertThat(popolii.quota()).isEqualTo(50);
        assertThat(popolii.registeredOfQuota()).isEqualTo(400L);
        assertThat(popolii.verified()).isEqualTo(1);
        assertThat(popolii.aktif()).isZero();
        assertThat(popolii.nonaktif()).isEqualTo(2);

        // 2024: 4 registered, 4 covered at year end; 2025: 3 registered, 1 ended, 6 covered: +50 %
        assertThat(f.growth())
                .containsExactly(new Figures.YearRow(2024, 4, 0, 4, null), new Figures.YearRow(2025, 3, 1, 6, 5000L));

        var sex = f.breakdowns().get("sex").slices();
        assertThat(sex).containsExactlyInAnyOrder(new Figures.Slice("sex.L", 3, 1), new Figures.Slice("sex.P", 3, 1));
        assertThat(f.breakdowns().get("occupation").slices())
                .containsExactlyInAnyOrder(
                        new Figures.Slice("occupation.NELAYAN", 3, 0),
                        new Figures.Slice("occupation.PETANI", 1, 1),
                        new Figures.Slice("occupation.BURUH_HARIAN", 2, 0),
                        new Figures.Slice("occupation.PEDAGANG_KECIL", 0, 1));
        assertThat(f.breakdowns().get("funding").slices()).containsExactly(new Figures.Slice("funding.APBDES", 6, 2));
        assertThat(f.breakdowns().get("segment").slices()).containsExactly(new Figures.Slice("segment.BPU", 6, 2));
    }

    @Test
    void theRegencyPageDrillsDownAndTheKecamatanRowCarriesTheWorkforce() throws Exception {
        mvc.perform(post("/monev/data/angkatan-kerja")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("kecamatan", "72.09.03")
                        .param("year", "2025")
                        .param("workers", "1.200")
                        .param("source", "BPS Tojo Una-Una Dalam Angka 2025"))
                .andExpect(flash().attribute("success", "monev.workforce.saved"));
        // leadership reads, never writes
        mvc.perform(post("/monev/data/angkatan-kerja")
                        .with(accounts.as("t.pimpinan"))
                        .with(csrf())
                        .param("kecamatan", "72.09.03")
                        .param("year", "2025")
                        .param("workers", "1")
                        .param("source", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/monev/data/angkatan-kerja")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("kecamatan", "72.09.03.2006")
                        .param("year", "2025")
                        .param("workers", "10")
                        .param("source", "x"))
                .andExpect(flash().attribute("dataError", "monev.workforce.error.kecamatan"));

        Document regency = page("t.pimpinan", "/monev?tanggal=2025-12-19");
        var row = regency.selectFirst("#coverage-table tr[data-code=72.09.03]");
        assertThat(row.text())
                .contains("Walea Kepulauan")
                .contains("850")
                .contains("1.200")
                .contains("0,5 %");
        assertThat(row.selectFirst(".registered").text()).isEqualTo("6");
        assertThat(regency.select("#monev-map path")).hasSize(12);
        assertThat(regency.selectFirst("#monev-map a[data-code=72.09.03]")).isNotNull();
        assertThat(regency.select("canvas[data-chart]").size()).isGreaterThanOrEqualTo(6);

        Document kecamatan = page("t.admin", "/monev?wilayah=72.09.03&tanggal=2025-12-19");
        assertThat(kecamatan.selectFirst("#focus-name").text()).isEqualTo("Walea Kepulauan");
        assertThat(kecamatan.selectFirst("#kpi-registered").text()).isEqualTo("6");
        assertThat(kecamatan.selectFirst("#kpi-registered-pct").text()).isEqualTo("0,71 %");
        assertThat(kecamatan.selectFirst("#kpi-planned").text()).isEqualTo("1.350");
        assertThat(kecamatan.selectFirst("#kpi-workforce").text()).isEqualTo("1.200");
        assertThat(kecamatan.selectFirst("#kpi-aktif").text()).isEqualTo("1");
        assertThat(kecamatan.selectFirst("#kpi-aktif-pct").text()).isEqualTo("0,12 %");
        assertThat(kecamatan
                        .selectFirst("#coverage-table tr[data-code=72.09.03.2006] .aktif")
                        .text())
                .isEqualTo("1");
        // the map colours by AKTIF against quota: Tiga Pulau 1 % is below 25 %
        assertThat(kecamatan
                        .selectFirst("#monev-map a[data-code=72.09.03.2006] path")
                        .className())
                .isEqualTo("m1");
        assertThat(kecamatan.selectFirst("#kpi-workforce-pct").text()).isEqualTo("0,5 %");
        assertThat(kecamatan.select("#monev-map path")).hasSize(9);
        assertThat(kecamatan
                        .selectFirst("#coverage-table tr[data-code=72.09.03.2006]")
                        .text())
                .contains("Tiga Pulau")
                .contains("4 %");
        assertThat(kecamatan
                        .selectFirst("#growth-table tr[data-year=2025] .growth")
                        .text())
                .isEqualTo("+50 %");
        assertThat(kecamatan.selectFirst("#breakdown-sex tr[data-key=sex.P]").text())
                .isEqualTo("Perempuan 3 1");

        Document village = page("t.admin", "/monev?wilayah=72.09.03.2007&tanggal=2025-12-19");
        assertThat(village.selectFirst("#kpi-registered").text()).isEqualTo("2");
        assertThat(village.selectFirst("#kpi-registered-pct").text()).isEqualTo("4 %");
    }

    @Test
    void theApiAnswersTheSameNumbers() throws Exception {
        mvc.perform(get("/api/v1/monitoring/coverage")
                        .param("region", "72.09.03")
                        .param("date", "2025-12-19")
                        .with(accounts.as("t.bpjs")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.region").value("72.09.03"))
                .andExpect(jsonPath("$.total.quota").value(850))
                .andExpect(jsonPath("$.total.registered").value(6))
                .andExpect(jsonPath("$.total.registeredOfQuotaBasisPoints").value(71))
                .andExpect(jsonPath("$.statusAvailable").value(true))
                .andExpect(jsonPath("$.total.aktif").value(1))
                .andExpect(jsonPath("$.total.menunggak").value(1))
                .andExpect(jsonPath("$.total.nonaktif").value(4))
                .andExpect(jsonPath("$.children.length()").value(9))
                .andExpect(jsonPath("$.growth[1].growth").value(5000));
    }

    @Test
    void everyRoleSeesItsOwnRegionOnly() throws Exception {
        // a camat opening the regency sees their kecamatan; another kecamatan is refused
        assertThat(page("t.camat", "/monev?wilayah=72.09")
                        .selectFirst("#focus-name")
                        .text())
                .isEqualTo("Ampana Kota");
        mvc.perform(get("/monev").param("wilayah", "72.09.03").with(accounts.as("t.camat")))
                .andExpect(status().isForbidden());
        assertThat(page("t.desa", "/monev").selectFirst("#focus-name").text()).isEqualTo("Sansarino");
        mvc.perform(get("/monev").param("wilayah", "72.09.05").with(accounts.as("t.desa")))
                .andExpect(status().isOk())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("id=\"focus-name\">Sansarino"));
        mvc.perform(get("/api/v1/monitoring/coverage")
                        .param("region", "72.09.03")
                        .with(accounts.as("t.desa")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/monitoring/coverage").with(accounts.as("t.camat")))
                .andExpect(jsonPath("$.region").value("72.09.05"));
        mvc.perform(get("/monev"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(302, 401));
    }
}
