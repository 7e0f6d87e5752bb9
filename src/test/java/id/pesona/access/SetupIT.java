package id.pesona.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Without any account (a production start), the first admin is made on the one-time setup page. */
class SetupIT extends IntegrationTest {

    @Autowired
    FirstAccount first;

    @Test
    void theFirstAdminIsCreatedOnceWithTheSetupCode() throws Exception {
        jdbc.sql("delete from api_token").update();
        jdbc.sql("delete from app_user").update();

        mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/setup"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kode penyiapan")));
        String code = first.issueCodeIfMissing();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

        mvc.perform(post("/setup")
                        .with(csrf())
                        .param("setupCode", "SALAH-KODE-0000")
                        .param("username", "kadis")
                        .param("fullName", "Kepala Dinas")
                        .param("password", "sandi-kadis-2025")
                        .param("confirmPassword", "sandi-kadis-2025"))
                .andExpect(content().string(containsString("Kode penyiapan salah")));
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
                .isZero();

        mvc.perform(post("/setup")
                        .with(csrf())
                        .param("setupCode", code)
                        .param("username", "kadis")
                        .param("fullName", "Kepala Dinas")
                        .param("password", "sandi-kadis-2025")
                        .param("confirmPassword", "sandi-kadis-2025"))
                .andExpect(redirectedUrl("/login?setup"));
        assertThat(jdbc.sql("select role || ':' || scope_code from app_user where username = 'kadis'")
                        .query(String.class)
                        .single())
                .isEqualTo("ADMIN:7209");

        // gone once an account exists
        mvc.perform(get("/setup")).andExpect(status().isNotFound());
        mvc.perform(post("/setup")
                        .with(csrf())
                        .param("setupCode", code)
                        .param("username", "penyusup")
                        .param("fullName", "X")
                        .param("password", "sandi-penyusup-1")
                        .param("confirmPassword", "sandi-penyusup-1"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
                .isEqualTo(1L);
    }
}
