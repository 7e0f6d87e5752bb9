package id.pesona.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** A worker dies once: one death claim per worker, held by the database, told in Indonesian with the existing claim. */
class DeathClaimIT extends IntegrationTest {

    static final String SANSARINO = "7209052001";
    static final int REPORTERS = 12;

    @Autowired
    TestAccounts accounts;

    @LocalServerPort
    int port;

    ResultActions api(String user, String path, String json) throws Exception {
        return ClaimFixtures.postJson(mvc, accounts, user, path, json);
    }

    static String jkm(long participant, long heir) {
        return """
                {"participantId": %d, "type": "JKM", "incidentDate": "2025-12-10", "cause": "Sakit jantung",
                 "reporterName": "Kepala Desa Sansarino", "heirIds": [%d]}
                """.formatted(participant, heir);
    }

    static String jkk(long participant, String outcome, long heir) {
        return """
                {"participantId": %d, "type": "JKK", "incidentDate": "2025-12-12", "place": "Laut Teluk Tomini",
                 "description": "Tertimpa tiang perahu", "circumstance": "DI_TEMPAT_KERJA", "outcome": "%s",
                 "reporterName": "Operator Desa", "heirIds": [%d]}
                """.formatted(participant, outcome, heir);
    }

    String token(String user) throws Exception {
        return (String) mvc.perform(post("/akun/token")
                        .with(accounts.as(user))
                        .with(csrf())
                        .param("name", "Uji klaim serentak " + System.nanoTime()))
                .andReturn()
                .getFlashMap()
                .get("newToken");
    }

    long deathClaims(long participant) {
        return jdbc.sql("select count(*) from claim where participant_id = ? and death_participant_id is not null")
                .param(participant)
                .query(Long.class)
                .single();
    }

    @Test
    void simultaneousDeathReportsThroughTheHttpApiMakeExactlyOneClaim() throws Exception {
        long p = ClaimFixtures.worker(jdbc, SANSARINO, "Basri Lamasitudju", LocalDate.of(2025, 1, 1));
        String body = jkm(p, ClaimFixtures.heirOf(jdbc, p));
        String bearer = "Bearer " + token("t.desa");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/claims"))
                .header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REPORTERS);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < REPORTERS; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            List<HttpResponse<String>> created = new ArrayList<>();
            List<HttpResponse<String>> refused = new ArrayList<>();
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get();
                if (r.statusCode() == 201) {
                    created.add(r);
                } else {
                    refused.add(r);
                }
            }
            assertThat(created).as("exactly one report is accepted").hasSize(1);
            long id = JsonPath.parse(created.get(0).body()).read("$.claim.id", Long.class);
            assertThat(refused).hasSize(REPORTERS - 1).allSatisfy(r -> {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
                var json = JsonPath.parse(r.body());
                assertThat(json.read("$.detail", String.class))
                        .contains("Kematian Basri Lamasitudju sudah dilaporkan sebagai klaim #" + id)
                        .contains("hanya dapat diklaim meninggal satu kali");
                assertThat(json.read("$.existingClaimId", Long.class)).isEqualTo(id);
                assertThat(json.read("$.existingClaim", String.class)).isEqualTo("/api/v1/claims/" + id);
                assertThat(json.read("$.existingClaimPage", String.class)).isEqualTo("/klaim/" + id);
            });
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from claim where participant_id = ?")
                        .param(p)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(deathClaims(p)).isEqualTo(1L);
    }

    @Test
    void aWorkAccidentDeathCountsAsTheDeathButOtherAccidentsStayAllowed() throws Exception {
        long p = ClaimFixtures.worker(jdbc, SANSARINO, "Jufri Tandiabang", LocalDate.of(2025, 1, 1));
        long heir = ClaimFixtures.heirOf(jdbc, p);
        // an accident without death first, then the death from a second accident
        api("t.desa", "/api/v1/claims", jkk(p, "PERAWATAN", heir)).andExpect(status().isCreated());
        String body = api("t.desa", "/api/v1/claims", jkk(p, "MENINGGAL", heir))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long death = JsonPath.parse(body).read("$.claim.id", Long.class);
        // the same death reported again as JKM or as JKK is refused, naming the first claim
        api("t.desa", "/api/v1/claims", jkm(p, heir))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existingClaimId").value(death))
                .andExpect(jsonPath("$.status").value(409));
        api("t.admin", "/api/v1/claims", jkk(p, "MENINGGAL", heir))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.participantId")
                        .value(org.hamcrest.Matchers.containsString("sudah dilaporkan sebagai klaim #" + death)));
        // an accident without death is still a claim of its own
        api("t.desa", "/api/v1/claims", jkk(p, "STMB", heir).replace("\"STMB\",", "\"STMB\", \"stmbDays\": 10,"))
                .andExpect(status().isCreated());
        assertThat(deathClaims(p)).isEqualTo(1L);
        // in English the same refusal
        mvc.perform(post("/api/v1/claims")
                        .with(accounts.as("t.desa"))
                        .with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("pesona-lang", "en"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(jkm(p, heir)))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("was already reported as claim #" + death)));
    }

    @Test
    void aRefusedDeathClaimMakesRoomForANewReport() throws Exception {
        long p = ClaimFixtures.worker(jdbc, SANSARINO, "Hasnah Labaso", LocalDate.of(2025, 1, 1));
        long heir = ClaimFixtures.heirOf(jdbc, p);
        String body = api("t.desa", "/api/v1/claims", jkm(p, heir))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long first = JsonPath.parse(body).read("$.claim.id", Long.class);
        api("t.bpjs", "/api/v1/claims/" + first + "/reject", "{\"reason\": \"Tanggal kematian salah ketik\"}")
                .andExpect(status().isOk());
        assertThat(deathClaims(p)).isZero();
        String again = api("t.desa", "/api/v1/claims", jkm(p, heir))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long second = JsonPath.parse(again).read("$.claim.id", Long.class);
        assertThat(second).isNotEqualTo(first);
        api("t.desa", "/api/v1/claims", jkm(p, heir))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existingClaimId").value(second));
    }

    @Test
    void theDatabaseRefusesASecondDeathClaimWrittenPastTheCheck() {
        long p = ClaimFixtures.worker(jdbc, SANSARINO, "Ramlah Pakaya", LocalDate.of(2025, 1, 1));
        String insert = """
                insert into claim (participant_id, participant_name, village_code, claim_type, incident_date,
                    reporter_name, reported_on, status, verdict, assessed_on, created_by, created_at,
                    death_participant_id)
                values (?, 'Ramlah Pakaya', ?, 'JKM', date '2025-12-01', 'Uji', date '2025-12-02', 'DILAPORKAN',
                    'DITANGGUNG', date '2025-12-02', 'uji', current_timestamp, ?)
                """;
        jdbc.sql(insert).params(p, SANSARINO, p).update();
        assertThatThrownBy(() -> jdbc.sql(insert).params(p, SANSARINO, p).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        // the mark belongs to the claim's own worker
        long other = ClaimFixtures.worker(jdbc, SANSARINO, "Rudi Mangge", LocalDate.of(2025, 1, 1));
        assertThatThrownBy(() ->
                        jdbc.sql(insert).params(other, SANSARINO, p + 100_000).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
