package id.pesona.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pesona.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Issue #13 item 10: a region or payer outside the account's scope is refused with 403 on every address, never answered
 * with 200 and an empty list; a region above the scope (the regency asked for by a camat) is narrowed to the scope; a
 * payer that does not exist is 404. PIMPINAN and CAMAT read claims but do not report them: the claim form is 403.
 * Scopes: t.admin 72.09 (regency), t.camat 72.09.05 (Ampana Kota), t.desa 72.09.05.2001 (Sansarino).
 */
class ScopeRefusalIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0} GET {1} -> {2}")
    @CsvSource({
        // the API
        "t.desa,  /api/v1/quotas?region=72.09.08.2001&year=2025, 403",
        "t.camat, /api/v1/quotas?region=72.09.08&year=2025, 403",
        "t.admin, /api/v1/quotas?region=72.10&year=2025, 403",
        "t.desa,  /api/v1/quotas?region=72.09.05.2001&year=2025, 200",
        "t.camat, /api/v1/coverage/villages?region=72.09.08, 403",
        "t.desa,  /api/v1/coverage/villages?region=72.09.08.2001, 403",
        "t.admin, /api/v1/coverage/villages?region=72.10, 403",
        "t.camat, /api/v1/coverage/villages?region=72.09.05, 200",
        "t.camat, /api/v1/forecast?region=72.09.08&date=2026-03-01, 403",
        "t.desa,  /api/v1/forecast?region=72.09.08.2001&date=2026-03-01, 403",
        "t.desa,  /api/v1/forecast?region=72.09.05.2001&date=2026-03-01, 200",
        "t.camat, /api/v1/arrears?region=72.09.08, 403",
        // pages
        "t.camat, /peserta/kuota?wilayah=72.09.08, 403",
        "t.desa,  /peserta/kuota?wilayah=72.09.08.2001, 403",
        "t.desa,  /peserta/kuota?wilayah=72.09.05.2001, 200",
        "t.camat, /iuran/proyeksi?wilayah=72.09.08, 403",
        "t.desa,  /iuran/proyeksi?wilayah=72.09.08.2001, 403",
        "t.desa,  /iuran/proyeksi?wilayah=72.09.05.2001, 200",
        "t.camat, /iuran/tunggakan?wilayah=72.09.08, 403",
        // the claim form: reported by the village, the Dinas and BPJS only
        "t.pimpinan, /klaim/baru, 403",
        "t.camat,    /klaim/baru, 403",
        "t.camat,    /klaim/baru?wilayah=72.09.05.2001, 403",
        "t.desa,     /klaim/baru, 200",
        "t.admin,    /klaim/baru, 200",
        "t.bpjs,     /klaim/baru, 200",
        // the claim list stays readable for leadership and the camat
        "t.pimpinan, /klaim, 200",
        "t.camat,    /klaim, 200"
    })
    void outOfScopeRegionsAreRefused(String user, String url, int expected) throws Exception {
        boolean api = url.startsWith("/api/");
        mvc.perform(get(url).with(accounts.as(user)).accept(api ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML))
                .andExpect(status().is(expected));
    }

    @Test
    void aRegionAboveTheScopeIsNarrowedToIt() throws Exception {
        String body = mvc.perform(get("/api/v1/coverage/villages?region=72.09&date=2025-12-19")
                        .with(accounts.as("t.camat"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        json.readTree(body).forEach(r -> assertThat(r.toString()).containsPattern("720905|72\\.09\\.05"));
        String camat = mvc.perform(get("/api/v1/quotas?region=72.09&year=2025")
                        .with(accounts.as("t.camat"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode villages = json.readTree(camat);
        assertThat(villages).hasSizeGreaterThan(5);
        villages.forEach(v -> assertThat(v.get("village").asText()).startsWith("72.09.05."));
        String quotas = mvc.perform(get("/api/v1/quotas?region=72.09&year=2025")
                        .with(accounts.as("t.desa"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode q = json.readTree(quotas);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).get("village").asText()).isEqualTo("72.09.05.2001");
    }

    @Test
    void aPayerOutsideTheScopeIsRefusedAndAMissingOneIsNotFound() throws Exception {
        long lemoro = payerOf("7209082001");
        long own = payerOf("7209052001");
        mvc.perform(get("/api/v1/payments?payerId=" + lemoro)
                        .with(accounts.as("t.desa"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
        mvc.perform(get("/iuran/pembayaran?pembayar=" + lemoro)
                        .with(accounts.as("t.desa"))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        mvc.perform(get("/iuran/proyeksi?pembayar=" + lemoro)
                        .with(accounts.as("t.camat"))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/payments?payerId=" + own)
                        .with(accounts.as("t.desa"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk());
        mvc.perform(get("/iuran/pembayaran?pembayar=" + own)
                        .with(accounts.as("t.desa"))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/payments?payerId=987654321")
                        .with(accounts.as("t.admin"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
        mvc.perform(get("/iuran/pembayaran?pembayar=987654321")
                        .with(accounts.as("t.admin"))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    @Test
    void leadershipAndTheCamatCannotSendTheClaimForm() throws Exception {
        long claimsBefore = claims();
        for (String user : new String[] {"t.pimpinan", "t.camat"}) {
            mvc.perform(post("/klaim/baru")
                            .with(accounts.as(user))
                            .with(csrf())
                            .accept(MediaType.TEXT_HTML)
                            .param("participantId", "1")
                            .param("type", "JKK")
                            .param("incidentDate", "2025-12-01"))
                    .andExpect(status().isForbidden());
        }
        assertThat(claims()).isEqualTo(claimsBefore);
        String list = mvc.perform(get("/klaim").with(accounts.as("t.camat")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain("id=\"new-claim\"");
    }

    private long claims() {
        return jdbc.sql("select count(*) from claim").query(Long.class).single();
    }

    /** The village's own payer account (created at start for every village), or a new one in tests that start bare. */
    private long payerOf(String village) {
        var ids = jdbc.sql("select id from payer where region_code = ? order by id")
                .param(village)
                .query(Long.class)
                .list();
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into payer (code, name, funding_source, region_code) values (?, ?, 'APBDES', ?)")
                .params("APBDES-" + village, "Desa " + village, village)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}
