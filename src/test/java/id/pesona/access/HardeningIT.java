package id.pesona.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.pesona.shared.RegionScope;
import id.pesona.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Production hardening: HTTPS behind a proxy, the API documents, search text taken literally. */
class HardeningIT extends IntegrationTest {

    static final java.util.concurrent.atomic.AtomicInteger SERIAL =
            new java.util.concurrent.atomic.AtomicInteger(40_000);

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserStore store;

    HttpResponse<String> login(String forwardedProto) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    /** The real Tomcat (not MockMvc), reached as the reverse proxy on the same host would reach it. */
    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        var https = login("https");
        assertThat(https.statusCode()).isEqualTo(200);
        assertThat(sessionCookie(https)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(https.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));

        var plain = login(null);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(sessionCookie(plain)).doesNotContain("Secure").contains("HttpOnly");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void theApiDocumentsNeedASignedInUserOutsideTheDemo() throws Exception {
        for (String path : List.of("/v3/api-docs", "/swagger-ui/index.html", "/swagger-ui.html")) {
            var anonymous = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as(path).isIn(302, 401);
            if (anonymous.getStatus() == 302) {
                assertThat(anonymous.getRedirectedUrl()).as(path).endsWith("/login");
            }
            assertThat(anonymous.getContentAsString()).doesNotContain("openapi").doesNotContain("Swagger");
            mvc.perform(get(path).accept(org.springframework.http.MediaType.TEXT_HTML))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/login"));
        }
        mvc.perform(get("/v3/api-docs").with(accounts.as("t.desa")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Pesona API"));
    }

    long participant(String name) {
        String nik = "72091212069" + SERIAL.incrementAndGet();
        jdbc.sql("""
                        insert into participant (nik, active_nik, full_name, birth_date, sex, village_code, occupation,
                            declared_income, segment, funding_source, programme_year, status, registered_on,
                            declared_fit, proposed_by, created_at)
                        values (?, ?, ?, date '1990-06-12', 'L', '7209052001', 'NELAYAN', 1000000, 'BPU', 'APBDES',
                            2025, 'TERDAFTAR', date '2025-01-01', true, 'uji', ?)
                        """)
                .params(nik, nik, name, OffsetDateTime.parse("2025-01-01T00:00:00Z"))
                .update();
        return jdbc.sql("select id from participant where nik = ?")
                .param(nik)
                .query(Long.class)
                .single();
    }

    List<String> searched(String q) throws Exception {
        String json = mvc.perform(get("/api/v1/participants")
                        .param("q", q)
                        .param("size", "500")
                        .with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.parse(json).read("$.items[*].fullName");
    }

    @Test
    void percentAndUnderscoreInASearchAreLiteralCharacters() throws Exception {
        participant("Diskon 100% Lamadi");
        participant("Lamadi_Hasan Tompoh");
        participant("Lamadi Hasan Tompoh");
        assertThat(searched("100%")).containsExactly("Diskon 100% Lamadi");
        assertThat(searched("%")).containsExactly("Diskon 100% Lamadi");
        assertThat(searched("lamadi_hasan")).containsExactly("Lamadi_Hasan Tompoh");
        assertThat(searched("_")).containsExactly("Lamadi_Hasan Tompoh");
        assertThat(searched("lamadi hasan")).containsExactly("Lamadi Hasan Tompoh");
        // the admin's user list takes the text the same way
        accounts.ensure("t.admin");
        assertThat(store.list(RegionScope.NATIONAL, null, "t.admin"))
                .extracting(UserAccount::username)
                .contains("t.admin");
        assertThat(store.list(RegionScope.NATIONAL, null, "t_admin")).isEmpty();
        assertThat(store.list(RegionScope.NATIONAL, null, "%")).isEmpty();
    }
}
