package id.pesona.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import id.pesona.support.XlsxText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The budget planner against hand-computed costs: Walea Kepulauan (72.09.03) has 9 desa, paid from APBDes at
 * 12 × Rp16.800 = Rp201.600 per worker in 2026 (the PP 50/2025 discount row applies to other funders only).
 */
class BudgetIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void scenariosSideBySidePerKecamatanFundingAndVillage() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/monev/anggaran")
                        .param("wilayah", "72.09.03")
                        .param("tahun", "2026")
                        .param("s", "kuota", "u150")
                        .with(accounts.as("t.pimpinan")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        // 9 × 100 × 201.600 and 9 × 150 × 201.600
        assertThat(page.selectFirst("[data-scenario=kuota] .budget-total").text())
                .isEqualTo("Rp181.440.000");
        assertThat(page.selectFirst("[data-scenario=kuota] .budget-workers").text())
                .isEqualTo("900");
        assertThat(page.selectFirst("[data-scenario=u150] .budget-total").text())
                .isEqualTo("Rp272.160.000");
        assertThat(page.selectFirst("[data-scenario=u150] .budget-diff").text()).isEqualTo("Rp90.720.000");
        assertThat(page.selectFirst("[data-scenario=u150] [data-funding=APBDES]")
                        .text())
                .contains("Rp272.160.000");
        // a desa with nobody registered yet: every slot is new, at the assumed Rp1.000.000
        assertThat(page.selectFirst("#budget-villages tr[data-code=72.09.03.2008]")
                        .text())
                .isEqualTo("Dolong B APBDes 100 0 Rp0 100 Rp20.160.000 Rp20.160.000"
                        + " 150 0 Rp0 150 Rp30.240.000 Rp30.240.000");
        assertThat(page.selectFirst("#budget-tariffs tr[data-funding=APBDES] .per-year")
                        .text())
                .isEqualTo("Rp201.600");
        assertThat(page.select("#budget-kecamatan tbody tr")).hasSize(1);
        assertThat(page.select("#scenario-form")).isEmpty();

        // a kelurahan is paid by the regency (APBD)
        mvc.perform(get("/api/v1/monitoring/budget")
                        .param("region", "72.09.05.1003")
                        .param("year", "2026")
                        .param("scenario", "u150")
                        .with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].workers").value(150))
                .andExpect(jsonPath("$[0].cost").value(30_240_000))
                .andExpect(jsonPath("$[0].byFunding.APBD_KABUPATEN.cost").value(30_240_000));
    }

    @Test
    void theAdminSavesACustomTableAndExportsTheComparison() throws Exception {
        mvc.perform(post("/monev/anggaran/skenario")
                        .with(accounts.as("t.pimpinan"))
                        .with(csrf())
                        .param("name", "x")
                        .param("uniform", "10"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/monev/anggaran/skenario")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("name", "Salah")
                        .param("table", "72.09.03.9999;10"))
                .andExpect(flash().attribute("budgetError", "monev.scenario.error.village"));
        String location = mvc.perform(post("/monev/anggaran/skenario")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("name", "Walea bertahap")
                        .param("table", "72.09.03.2006;150\n72.09.03.2007; 120\n"))
                .andExpect(flash().attribute("success", "monev.scenario.saved"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String key = location.substring(location.lastIndexOf("s=") + 2);
        // (150 + 120) × 201.600; the other 7 desa have no quota in this table
        mvc.perform(get("/api/v1/monitoring/budget")
                        .param("region", "72.09.03")
                        .param("year", "2026")
                        .param("scenario", key)
                        .with(accounts.as("t.admin")))
                .andExpect(jsonPath("$[0].workers").value(270))
                .andExpect(jsonPath("$[0].cost").value(54_432_000));

        byte[] xlsx = mvc.perform(get("/monev/anggaran/ekspor.xlsx")
                        .param("wilayah", "72.09.03")
                        .param("tahun", "2026")
                        .param("s", "kuota", key)
                        .with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(XlsxText.of(xlsx))
                .contains("Tiga Pulau")
                .contains("Walea bertahap")
                .contains("APBDes");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'MONEV_BUDGET' and action = 'EXPORT'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1L);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'MONEV_SCENARIO'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1L);
        // the admin opens the saved scenario, sees its table and changes it: Popolii down to 100
        long id = Long.parseLong(key.substring(1));
        Document edit = Jsoup.parse(mvc.perform(
                        get("/monev/anggaran").param("ubah", String.valueOf(id)).with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(edit.selectFirst("#sc-name").val()).isEqualTo("Walea bertahap");
        assertThat(edit.selectFirst("#sc-table").text().strip()).isEqualTo("72.09.03.2006;150\n72.09.03.2007;120");
        assertThat(edit.selectFirst("#scenario-form").attr("action")).isEqualTo("/monev/anggaran/skenario/" + id);
        mvc.perform(post("/monev/anggaran/skenario/{id}", id)
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("name", "Walea bertahap")
                        .param("table", "72.09.03.2006;150\n72.09.03.2007;abc"))
                .andExpect(flash().attribute("budgetError", "monev.scenario.error.quota"));
        mvc.perform(post("/monev/anggaran/skenario/{id}", id)
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("name", "Walea bertahap II")
                        .param("table", "72.09.03.2006;150\n72.09.03.2007;100"))
                .andExpect(flash().attribute("success", "monev.scenario.updated"));
        // (150 + 100) × 201.600
        mvc.perform(get("/api/v1/monitoring/budget")
                        .param("region", "72.09.03")
                        .param("year", "2026")
                        .param("scenario", key)
                        .with(accounts.as("t.admin")))
                .andExpect(jsonPath("$[0].workers").value(250))
                .andExpect(jsonPath("$[0].cost").value(50_400_000));
        // then a uniform 120 instead of the table: 9 desa × 120 × 201.600
        mvc.perform(post("/monev/anggaran/skenario/{id}", id)
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("name", "Walea seragam 120")
                        .param("uniform", "120"))
                .andExpect(flash().attribute("success", "monev.scenario.updated"));
        mvc.perform(get("/api/v1/monitoring/budget")
                        .param("region", "72.09.03")
                        .param("year", "2026")
                        .param("scenario", key)
                        .with(accounts.as("t.admin")))
                .andExpect(jsonPath("$[0].workers").value(1080))
                .andExpect(jsonPath("$[0].cost").value(217_728_000));
        mvc.perform(post("/monev/anggaran/skenario/{id}/hapus", id)
                        .with(accounts.as("t.pimpinan"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/monev/anggaran/skenario/{id}/hapus", id)
                        .with(accounts.as("t.admin"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "monev.scenario.deleted"));
        mvc.perform(get("/monev/anggaran").param("s", key).with(accounts.as("t.admin")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                                select action from audit_event where entity_type = 'MONEV_SCENARIO' and entity_id = ?
                                order by id
                                """).param(String.valueOf(id)).query(String.class).list())
                .containsExactly("CREATE", "UPDATE", "UPDATE", "DELETE");

        // a village sees its own village's budget only
        mvc.perform(get("/monev/anggaran").param("wilayah", "72.09.03").with(accounts.as("t.desa")))
                .andExpect(status().isForbidden());
    }
}
