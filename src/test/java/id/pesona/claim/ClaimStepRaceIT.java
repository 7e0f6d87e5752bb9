package id.pesona.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.pesona.access.TestAccounts;
import id.pesona.support.AtOnce;
import id.pesona.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each step of one claim sent twelve times at once through the running app's HTTP API (two officers, or one clicking
 * twice): the step is taken once, its documents recorded once, and every other answer is a 409 in Indonesian naming
 * the claim and who took the step.
 */
class ClaimStepRaceIT extends IntegrationTest {

    static final int AT_ONCE = 12;

    @Autowired
    TestAccounts accounts;

    @LocalServerPort
    int port;

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** Sends the step twelve times at once; exactly one succeeds, the others are conflicts with the sentence. */
    void once(String token, String path, String body, String sentence) throws Exception {
        List<HttpResponse<String>> answers = AtOnce.send(AT_ONCE, AtOnce.postJson(port, token, path, body));
        assertThat(answers).as("no server error").noneMatch(r -> r.statusCode() >= 500);
        assertThat(answers).filteredOn(r -> r.statusCode() == 200).hasSize(1);
        assertThat(answers)
                .filteredOn(r -> r.statusCode() != 200)
                .hasSize(AT_ONCE - 1)
                .allSatisfy(r -> {
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
                    assertThat(r.headers().firstValue("Content-Type").orElse(""))
                            .contains("application/problem+json");
                    var json = JsonPath.parse(r.body());
                    assertThat(json.read("$.detail", String.class)).isEqualTo(sentence);
                    assertThat(json.read("$.errors.status", String.class)).isEqualTo(sentence);
                });
    }

    @Test
    void everyStepOfAClaimSentTwelveTimesAtOnceIsTakenOnce() throws Exception {
        long p = ClaimFixtures.worker(jdbc, DeathClaimIT.SANSARINO, "Arsyad Lapeo", LocalDate.of(2025, 10, 1));
        String report = ClaimFixtures.postJson(
                        mvc, accounts, "t.desa", "/api/v1/claims", DeathClaimIT.jkm(p, ClaimFixtures.heirOf(jdbc, p)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = JsonPath.parse(report).read("$.claim.id", Long.class);
        String base = "/api/v1/claims/" + id;
        String bpjs = AtOnce.token(mvc, accounts, "t.bpjs");

        once(
                bpjs,
                base + "/documents-complete",
                "{\"documents\": [\"KTP\", \"KK\", \"AKTA_KEMATIAN\", \"DOKUMEN_AHLI_WARIS\"]}",
                "Berkas klaim #" + id + " sudah dinyatakan lengkap oleh t.bpjs; langkah ini tidak dicatat dua kali.");
        assertThat(count("select count(*) from claim_document where claim_id = ?", id))
                .isEqualTo(4L);
        once(
                bpjs,
                base + "/submit",
                "{}",
                "Klaim #" + id + " sudah diajukan ke BPJS oleh t.bpjs; pengajuan tidak dicatat dua kali.");
        once(
                bpjs,
                base + "/reject",
                "{\"reason\": \"Ahli waris tidak hadir verifikasi\"}",
                "Klaim #" + id + " sudah ditolak oleh t.bpjs; penolakan tidak dicatat dua kali.");

        // the history has each step once, and so has the audit trail
        assertThat(jdbc.sql("select status from claim_step where claim_id = ? order by id")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("DILAPORKAN", "BERKAS_LENGKAP", "DIAJUKAN_KE_BPJS", "DITOLAK");
        assertThat(count(
                        "select count(*) from audit_event where entity_type = 'CLAIM' and entity_id = ?",
                        String.valueOf(id)))
                .isEqualTo(4L);
        assertThat(jdbc.sql("select status from claim where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("DITOLAK");
    }
}
