package id.pesona.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionLevel;
import id.pesona.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class RegionAdminIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Regions regions;

    /** Leaves the official region table as loaded, for the tests that count it. */
    @AfterEach
    void restoreOfficialRegions() {
        jdbc.sql("delete from region where code in ('7209052030', '7209101099')")
                .update();
        jdbc.sql("update region set name = 'Kalia', decree = null, updated_at = null where code = '7209122001'")
                .update();
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "72.9.05.2020  | Desa Baru | 72.9.05.2020&quot; tidak sah. Gunakan format PP.KK.CC.VVVV",
                "72.09.05      | Desa Baru | Kode 72.09.05 bukan kode desa/kelurahan",
                "72.09.05.3020 | Desa Baru | bagian desa/kelurahan harus diawali 1 (kelurahan) atau 2 (desa)",
                "72.09.13.2001 | Desa Baru | Kecamatan induk 72.09.13 tidak ada dalam tabel wilayah",
                "72.09.05.2001 | Desa Baru | Kode 72.09.05.2001 sudah dipakai oleh Sansarino",
                "72.09.05.2020 | '   '     | Nama wilayah wajib diisi"
            })
    void refusesBadVillagesWithAClearMessage(String code, String name, String message) throws Exception {
        long before = jdbc.sql("select count(*) from region").query(Long.class).single();
        mvc.perform(post("/wilayah/baru")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("code", code)
                        .param("name", name)
                        .param("decree", "Perda Kab. Tojo Una-Una No. 3 Tahun 2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
        assertThat(jdbc.sql("select count(*) from region").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void decreeIsRequired() throws Exception {
        mvc.perform(post("/wilayah/baru")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("code", "72.09.05.2021")
                        .param("name", "Desa Tanpa Dasar"))
                .andExpect(content().string(containsString("Dasar hukum (nomor keputusan) wajib diisi.")));
    }

    @Test
    void adminOutsideTheRegencyIsRefused() throws Exception {
        mvc.perform(post("/wilayah/baru")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("code", "72.10.01.2099")
                        .param("name", "Desa Luar")
                        .param("decree", "X"))
                .andExpect(status().isForbidden());
    }

    @Test
    void addsAVillageFormedByDecreeAndAuditsIt() throws Exception {
        mvc.perform(post("/wilayah/baru")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("code", "72.09.05.2030")
                        .param("name", "  Sansarino   Baru ")
                        .param("decree", "Perda Kab. Tojo Una-Una No. 3 Tahun 2026"))
                .andExpect(redirectedUrl("/wilayah/72.09.05.2030"));
        Region r = regions.get(RegionCode.parse("72.09.05.2030"));
        assertThat(r.name()).isEqualTo("Sansarino Baru");
        assertThat(r.level()).isEqualTo(RegionLevel.DESA);
        assertThat(r.parent()).isEqualTo(RegionCode.parse("72.09.05"));
        String after = jdbc.sql("select after_value from audit_event where entity_type = 'REGION' and action = 'CREATE'"
                        + " and entity_id = '72.09.05.2030' and actor = 't.admin'")
                .query(String.class)
                .single();
        assertThat(after).contains("Sansarino Baru").contains("Perda Kab. Tojo Una-Una No. 3 Tahun 2026");
        // the new village is counted on its kecamatan's page
        mvc.perform(get("/wilayah/72.09.05").with(accounts.as("t.pimpinan")))
                .andExpect(content().string(containsString("Sansarino Baru")));
    }

    @Test
    void renamesWithBeforeAndAfterInTheAuditTrail() throws Exception {
        mvc.perform(post("/wilayah/72.09.12.2001/ubah")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("name", "Nama Baru Uji")
                        .param("decree", "Kepbup 100/2026"))
                .andExpect(redirectedUrl("/wilayah/72.09.12.2001"));
        var row = jdbc.sql("select before_value, after_value from audit_event where entity_type = 'REGION'"
                        + " and action = 'UPDATE' and entity_id = '72.09.12.2001'")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        String oldName = jdbc.sql("select name from region where code = '7209122001'")
                .query(String.class)
                .single();
        assertThat(oldName).isEqualTo("Nama Baru Uji");
        assertThat(row[0]).doesNotContain("Nama Baru Uji").contains("72.09.12.2001");
        assertThat(row[1]).contains("Nama Baru Uji").contains("Kepbup 100/2026");
    }

    @Test
    void apiAddsVillagesAndExplainsRefusals() throws Exception {
        mvc.perform(post("/api/v1/regions")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"72.09.10.1099\",\"name\":\"Kelurahan Uji\",\"decree\":\"Perda 9/2026\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("KELURAHAN"))
                .andExpect(jsonPath("$.parent").value("72.09.10"));
        mvc.perform(post("/api/v1/regions")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"72.09.10.5099\",\"name\":\"X\",\"decree\":\"Y\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("harus diawali 1 (kelurahan) atau 2 (desa)")))
                .andExpect(jsonPath("$.errors.code").exists());
        mvc.perform(put("/api/v1/regions/72.09.10.1099")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"decree\":\"Y\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Nama wilayah wajib diisi."));
    }
}
