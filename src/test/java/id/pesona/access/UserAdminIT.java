package id.pesona.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class UserAdminIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @ParameterizedTest(name = "{0} {1} {2} -> {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Budi Santoso | u.salah1 | CAMAT    | 72.09.05.2001 | Camat harus bercakupan satu kecamatan; 72.09.05.2001 bukan kecamatan.",
                "Budi Santoso | u.salah2 | DESA     | 72.09.05      | Akun desa harus bercakupan satu desa/kelurahan; 72.09.05 bukan desa/kelurahan.",
                "Budi Santoso | u.salah3 | DESA     | 72.09.05.2999 | Wilayah 72.09.05.2999 tidak ada dalam tabel wilayah.",
                "Budi Santoso | u.salah4 | DESA     |               | Cakupan wilayah wajib diisi untuk peran ini.",
                "Budi Santoso | U S      | PIMPINAN| 72.09         | Nama pengguna 3–60 karakter",
                "             | u.salah5 | PIMPINAN| 72.09         | Nama lengkap wajib diisi",
                "Budi Santoso | t.admin  | PIMPINAN| 72.09         | Nama pengguna &quot;t.admin&quot; sudah dipakai."
            })
    void refusesBadAccountsNamingTheField(String fullName, String username, String role, String scope, String message)
            throws Exception {
        accounts.ensure("t.admin");
        mvc.perform(post("/admin/pengguna/baru")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("username", username)
                        .param("fullName", fullName == null ? "" : fullName)
                        .param("role", role.strip())
                        .param("scope", scope == null ? "" : scope)
                        .param("password", "sandi-awal-123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
    }

    @Test
    void adminCreatesAVillageOperatorWhoSeesOnlyTheirVillage() throws Exception {
        mvc.perform(post("/admin/pengguna/baru")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("username", "op.padangtumbuo")
                        .param("fullName", "Operator Padang Tumbuo")
                        .param("role", "DESA")
                        .param("scope", "72.09.05.2011")
                        .param("password", "sandi-awal-123"))
                .andExpect(redirectedUrlPattern("/admin/pengguna/*"));
        assertThat(jdbc.sql("select scope_code from app_user where username = 'op.padangtumbuo'")
                        .query(String.class)
                        .single())
                .isEqualTo("7209052011");
        assertThat(jdbc.sql("select after_value from audit_event where action = 'CREATE' and entity_type = 'USER'"
                                + " and entity_id = 'op.padangtumbuo'")
                        .query(String.class)
                        .single())
                .contains("72.09.05.2011")
                .doesNotContain("sandi-awal-123");
        mvc.perform(formLogin("/login").user("op.padangtumbuo").password("sandi-awal-123"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void adminChangesScopeAndDisablesAccountsWithAudit() throws Exception {
        long id = accounts.idOf("t.lemoro");
        mvc.perform(post("/admin/pengguna/" + id)
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("fullName", "Operator Lemoro")
                        .param("role", "DESA")
                        .param("scope", "72.09.08.2002")
                        .param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/pengguna/" + id));
        var audit = jdbc.sql(
                        "select before_value, after_value from audit_event where action = 'UPDATE'"
                                + " and entity_type = 'USER' and entity_id = 't.lemoro' order by id desc fetch first 1 rows only")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        assertThat(audit[0]).contains("72.09.08.2001");
        assertThat(audit[1]).contains("72.09.08.2002");
        // put it back for other tests
        mvc.perform(post("/admin/pengguna/" + id)
                .with(accounts.as("t.admin"))
                .with(csrf())
                .param("fullName", "Operator Lemoro")
                .param("role", "DESA")
                .param("scope", "72.09.08.2001")
                .param("enabled", "true"));
    }

    @Test
    void lockedAccountsAreUnlockedByTheAdmin() throws Exception {
        long id = accounts.idOf("t.lurah");
        jdbc.sql("update app_user set locked_until = ? where id = ?")
                .params(java.time.OffsetDateTime.parse("2025-12-19T03:00:00Z"), id)
                .update();
        mvc.perform(formLogin("/login").user("t.lurah").password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/admin/pengguna/" + id).with(accounts.as("t.admin")))
                .andExpect(content().string(containsString("Terkunci sampai")));
        mvc.perform(post("/admin/pengguna/" + id + "/buka-kunci")
                        .with(accounts.as("t.admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/pengguna/" + id));
        mvc.perform(formLogin("/login").user("t.lurah").password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void listFiltersByRole() throws Exception {
        accounts.ensure("t.camat");
        mvc.perform(get("/admin/pengguna").param("role", "CAMAT").with(accounts.as("t.admin")))
                .andExpect(content().string(containsString("t.camat")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("t.bpjs"))));
    }
}
