package id.pesona.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * What each role reaches, on pages, exports and the API. Scopes: t.admin, t.bpjs, t.pimpinan = 72.09 (regency);
 * t.camat = 72.09.05 (Ampana Kota); t.desa = 72.09.05.2001 (Sansarino); t.lurah = 72.09.05.1003 (Bailo); t.lemoro =
 * 72.09.08.2001 (Lemoro, kecamatan Tojo).
 */
class ScopingIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @ParameterizedTest(name = "{0} GET {1} -> {2}")
    @CsvSource({
        // regency page: every role may open it (narrowed for camat and villages)
        "t.admin,    /wilayah/72.09, 200",
        "t.bpjs,     /wilayah/72.09, 200",
        "t.pimpinan, /wilayah/72.09, 200",
        "t.camat,    /wilayah/72.09, 200",
        "t.desa,     /wilayah/72.09, 200",
        // a kecamatan
        "t.admin,    /wilayah/72.09.08, 200",
        "t.pimpinan, /wilayah/72.09.08, 200",
        "t.camat,    /wilayah/72.09.08, 403",
        "t.desa,     /wilayah/72.09.08, 403",
        "t.lemoro,   /wilayah/72.09.08, 200",
        // a village
        "t.admin,    /wilayah/72.09.05.2001, 200",
        "t.bpjs,     /wilayah/72.09.05.2001, 200",
        "t.pimpinan, /wilayah/72.09.05.2001, 200",
        "t.camat,    /wilayah/72.09.05.2001, 200",
        "t.desa,     /wilayah/72.09.05.2001, 200",
        "t.lurah,    /wilayah/72.09.05.2001, 403",
        "t.lemoro,   /wilayah/72.09.05.2001, 403",
        "t.desa,     /wilayah/72.09.05.2011, 403",
        "t.camat,    /wilayah/72.09.08.2001, 403",
        // outside the regency
        "t.admin,    /wilayah/72.10, 403",
        "t.pimpinan, /wilayah/72.10.01, 403",
        // exports
        "t.admin,    /wilayah/72.09/ekspor.xlsx, 200",
        "t.camat,    /wilayah/72.09.05/ekspor.xlsx, 200",
        "t.camat,    /wilayah/72.09.08/ekspor.xlsx, 403",
        "t.desa,     /wilayah/72.09.08/ekspor.xlsx, 403",
        "t.lemoro,   /wilayah/72.09.05/ekspor.xlsx, 403",
        // API
        "t.admin,    /api/v1/regions/72.09.05.2001, 200",
        "t.pimpinan, /api/v1/regions/72.09.08.2001, 200",
        "t.desa,     /api/v1/regions/72.09.05.2001, 200",
        "t.desa,     /api/v1/regions/72.09.05.2011, 403",
        "t.lurah,    /api/v1/regions/72.09.05.2001, 403",
        "t.camat,    /api/v1/regions/72.09.08, 403",
        "t.bpjs,     /api/v1/regions/72.10, 403",
        // admin areas
        "t.admin,    /admin/pengguna, 200",
        "t.admin,    /admin/audit, 200",
        "t.bpjs,     /admin/pengguna, 403",
        "t.pimpinan, /admin/audit, 403",
        "t.camat,    /admin/pengguna, 403",
        "t.desa,     /admin/audit, 403",
        "t.admin,    /wilayah/baru, 200",
        "t.pimpinan, /wilayah/baru, 403",
        "t.bpjs,     /wilayah/72.09.05/ubah, 403",
        // everyone has a home page and an account page
        "t.admin,    /, 200",
        "t.bpjs,     /, 200",
        "t.pimpinan, /, 200",
        "t.camat,    /, 200",
        "t.desa,     /, 200",
        "t.lurah,    /akun, 200"
    })
    void eachRoleReachesOnlyItsScope(String user, String path, int status) throws Exception {
        mvc.perform(get(path).with(accounts.as(user)).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
                .andExpect(status().is(status));
    }

    @ParameterizedTest(name = "{0} may not change regions")
    @CsvSource({"t.bpjs", "t.pimpinan", "t.camat", "t.desa"})
    void onlyAdminChangesRegions(String user) throws Exception {
        mvc.perform(post("/wilayah/baru")
                        .with(accounts.as(user))
                        .with(csrf())
                        .param("code", "72.09.05.2098")
                        .param("name", "Desa Tidak Boleh")
                        .param("decree", "Perda 1/2026"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/regions")
                        .with(accounts.as(user))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"72.09.05.2098\",\"name\":\"X\",\"decree\":\"Y\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/pengguna/baru")
                        .with(accounts.as(user))
                        .with(csrf())
                        .param("username", "x.y"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousRequestsAreSentToLoginOrRefused() throws Exception {
        mvc.perform(get("/wilayah/72.09").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/regions/72.09").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/wilayah/72.09/ekspor.xlsx").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound());
    }
}
