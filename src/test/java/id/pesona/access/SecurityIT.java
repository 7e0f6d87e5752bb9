package id.pesona.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;

class SecurityIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void formLoginSignsInAndOut() throws Exception {
        accounts.ensure("t.desa");
        mvc.perform(formLogin("/login").user("t.desa").password(TestAccounts.PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("t.desa").password("salah-sekali"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void passwordsAreStoredAsModernHashes() {
        accounts.ensure("t.admin");
        String hash = jdbc.sql("select password_hash from app_user where username = 't.admin'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(TestAccounts.PASSWORD);
        assertThat(encoder.matches(TestAccounts.PASSWORD, hash)).isTrue();
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhile() throws Exception {
        accounts.ensure("t.kunci");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("t.kunci").password("tebakan-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // even the right password is refused while locked
        mvc.perform(formLogin("/login").user("t.kunci").password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'LOCK' and entity_id = 't.kunci'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        clock.advance(Duration.ofMinutes(16));
        mvc.perform(formLogin("/login").user("t.kunci").password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select failed_attempts from app_user where username = 't.kunci'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** The redirects of six sign-ins under one name: five wrong passwords, then {@code sixth}. */
    java.util.List<String> sixAttempts(String name, String sixth) throws Exception {
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            seen.add(mvc.perform(formLogin("/login").user(name).password(i < 5 ? "tebakan-" + i : sixth))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl());
        }
        return seen;
    }

    @Test
    void anUnknownNameIsLockedOutExactlyLikeARealAccount() throws Exception {
        accounts.ensure("t.kunci2");
        var real = sixAttempts("t.kunci2", TestAccounts.PASSWORD);
        var unknown = sixAttempts("tidak.ada.orangnya", TestAccounts.PASSWORD);
        var unknownOtherCase = sixAttempts("  Tidak.Ada.Lagi ", "apa-saja");
        assertThat(real)
                .containsExactly(
                        "/login?error",
                        "/login?error",
                        "/login?error",
                        "/login?error",
                        "/login?error",
                        "/login?locked");
        assertThat(unknown).isEqualTo(real);
        assertThat(unknownOtherCase).isEqualTo(real);
        clock.advance(Duration.ofMinutes(16));
        mvc.perform(formLogin("/login").user("tidak.ada.orangnya").password("lagi"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("t.kunci2").password("lagi")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aWrongPasswordAtADisabledAccountReadsLikeAnyOther() throws Exception {
        accounts.ensure("t.nonaktif");
        jdbc.sql("update app_user set enabled = false where username = 't.nonaktif'")
                .update();
        mvc.perform(formLogin("/login").user("t.nonaktif").password("salah-sekali"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("t.nonaktif").password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?disabled"));
    }

    @Test
    void formsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/akun/token").with(accounts.as("t.bpjs")).param("name", "tanpa csrf"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/akun/token")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf().useInvalidToken())
                        .param("name", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void responsesCarrySecureHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void ownPasswordChangeChecksTheCurrentOneAndIsAudited() throws Exception {
        accounts.ensure("t.sandi");
        mvc.perform(post("/akun/kata-sandi")
                        .with(accounts.as("t.sandi"))
                        .with(csrf())
                        .param("currentPassword", "bukan-ini-123")
                        .param("newPassword", "sandi-baru-4567")
                        .param("confirmPassword", "sandi-baru-4567"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kata sandi sekarang salah.")));
        mvc.perform(post("/akun/kata-sandi")
                        .with(accounts.as("t.sandi"))
                        .with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "pendek")
                        .param("confirmPassword", "pendek"))
                .andExpect(content().string(containsString("Kata sandi paling sedikit 10 karakter.")));
        mvc.perform(post("/akun/kata-sandi")
                        .with(accounts.as("t.sandi"))
                        .with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "sandi-baru-4567")
                        .param("confirmPassword", "sandi-baru-4568"))
                .andExpect(content().string(containsString("Ulangan kata sandi tidak sama.")));
        mvc.perform(post("/akun/kata-sandi")
                        .with(accounts.as("t.sandi"))
                        .with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "sandi-baru-4567")
                        .param("confirmPassword", "sandi-baru-4567"))
                .andExpect(redirectedUrl("/akun"));
        mvc.perform(formLogin("/login").user("t.sandi").password("sandi-baru-4567"))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'USER' and entity_id = 't.sandi'"
                                + " and action = 'UPDATE' and actor = 't.sandi'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void apiTokensActAsTheirOwnerWithTheSameScope() throws Exception {
        String token = (String) mvc.perform(post("/akun/token")
                        .with(accounts.as("t.desa"))
                        .with(csrf())
                        .param("name", "Aplikasi desa"))
                .andExpect(redirectedUrl("/akun"))
                .andReturn()
                .getFlashMap()
                .get("newToken");
        assertThat(token).startsWith("psn_");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("t.desa"))
                .andExpect(jsonPath("$.role").value("DESA"))
                .andExpect(jsonPath("$.scope").value("72.09.05.2001"));
        mvc.perform(get("/api/v1/regions/72.09.05.2001").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.region.name").value("Sansarino"));
        mvc.perform(get("/api/v1/regions/72.09.08.2001").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        // a token is not a session: writes need no CSRF token but are still refused by role
        mvc.perform(post("/api/v1/regions")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"72.09.05.2097\",\"name\":\"X\",\"decree\":\"Y\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select token_hash from api_token where name = 'Aplikasi desa'")
                        .query(String.class)
                        .single())
                .isEqualTo(ApiTokens.hash(token))
                .doesNotContain(token);

        long id = jdbc.sql("select id from api_token where name = 'Aplikasi desa'")
                .query(Long.class)
                .single();
        mvc.perform(post("/akun/token/" + id + "/cabut")
                        .with(accounts.as("t.desa"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/akun"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")));
        // the problem document itself is written by the error dispatch, which MockMvc does not run: over HTTP
        // in StatusAnswersIT
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() throws Exception {
        mvc.perform(
                post("/akun/token").with(accounts.as("t.lurah")).with(csrf()).param("name", "Token lurah"));
        long id = jdbc.sql("select id from api_token where name = 'Token lurah'")
                .query(Long.class)
                .single();
        mvc.perform(post("/akun/token/" + id + "/cabut")
                        .with(accounts.as("t.lemoro"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
