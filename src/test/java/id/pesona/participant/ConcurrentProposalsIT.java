package id.pesona.participant;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.pesona.access.TestAccounts;
import id.pesona.support.AtOnce;
import id.pesona.support.IntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Proposals racing through the running app's HTTP API: twelve operators proposing twelve workers for a village with one
 * slot left get exactly one in, and the same worker proposed twelve times at once is registered once; every other
 * answer a 409 in Indonesian that says why.
 */
class ConcurrentProposalsIT extends IntegrationTest {

    static final int AT_ONCE = 12;
    /** Buntongi, Ampana Kota: no other test proposes here. */
    static final String BUNTONGI = "7209052019";

    static final AtomicInteger SERIAL = new AtomicInteger(7300);

    @Autowired
    TestAccounts accounts;

    @LocalServerPort
    int port;

    /** A fresh valid NIK of kecamatan Ampana Kota for a man born 15 March 1991. */
    static String nik() {
        return "720905150391" + String.format("%04d", SERIAL.incrementAndGet());
    }

    static String proposal(String nik, String name) {
        return """
                {"nik":"%s","fullName":"%s","birthDate":"1991-03-15","sex":"L","village":"72.09.05.2019",
                 "occupation":"NELAYAN","declaredIncome":"1000000","fundingSource":"APBDES",
                 "programmeYear":2025,"declaredFit":true,"confirmWarnings":true,"heirs":[]}
                """.formatted(nik, name);
    }

    static void conflict(HttpResponse<String> r, String field, String... detail) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        var json = JsonPath.parse(r.body());
        assertThat(json.read("$.detail", String.class)).contains(detail);
        assertThat(json.read("$.errors." + field, String.class)).isNotBlank();
    }

    @Test
    void twelveProposalsForTheLastSlotOfAVillageAtOnceAdmitExactlyOne() throws Exception {
        long used = Workers.activeBpu(jdbc, BUNTONGI);
        Workers.quota2025(jdbc, BUNTONGI, used + 1);
        String token = AtOnce.token(mvc, accounts, "t.admin");
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 1; i <= AT_ONCE; i++) {
            requests.add(
                    AtOnce.postJson(port, token, "/api/v1/participants", proposal(nik(), "Nelayan Buntongi " + i)));
        }

        var answers = AtOnce.send(requests);

        assertThat(answers).as("no server error").noneMatch(r -> r.statusCode() >= 500);
        assertThat(answers).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(answers)
                .filteredOn(r -> r.statusCode() != 201)
                .hasSize(AT_ONCE - 1)
                .allSatisfy(r -> conflict(
                        r,
                        "village",
                        "Kuota Buntongi tahun 2025 sudah penuh: " + (used + 1) + " dari " + (used + 1) + " terpakai."));
        assertThat(Workers.activeBpu(jdbc, BUNTONGI)).isEqualTo(used + 1);
    }

    @Test
    void theSameWorkerProposedTwelveTimesAtOnceIsProposedOnce() throws Exception {
        long used = Workers.activeBpu(jdbc, BUNTONGI);
        Workers.quota2025(jdbc, BUNTONGI, used + AT_ONCE);
        String token = AtOnce.token(mvc, accounts, "t.admin");
        String nik = nik();

        var answers = AtOnce.send(
                AT_ONCE, AtOnce.postJson(port, token, "/api/v1/participants", proposal(nik, "Ramli Buntongi")));

        assertThat(answers).as("no server error").noneMatch(r -> r.statusCode() >= 500);
        assertThat(answers).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        // found by the check (it names the village) or, for a request that raced past it, by the unique index
        assertThat(answers)
                .filteredOn(r -> r.statusCode() != 201)
                .hasSize(AT_ONCE - 1)
                .allSatisfy(r -> {
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
                    String detail = JsonPath.parse(r.body()).read("$.detail", String.class);
                    assertThat(detail)
                            .satisfiesAnyOf(
                                    d -> assertThat(d).contains("NIK ini sudah aktif sebagai peserta di Buntongi"),
                                    d -> assertThat(d).contains("NIK ini baru saja didaftarkan di tempat lain"));
                });
        assertThat(jdbc.sql("select count(*) from participant where nik = ?")
                        .param(nik)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(Workers.activeBpu(jdbc, BUNTONGI)).isEqualTo(used + 1);
    }
}
