package id.pesona.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import id.pesona.access.TestAccounts;
import id.pesona.support.AtOnce;
import id.pesona.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same card hand-over sent twelve times at once through the running app's HTTP API: one Berita Acara, the card
 * handed over once, every other answer a 409 in Indonesian naming the worker.
 */
class CardHandoverRaceIT extends IntegrationTest {

    static final int AT_ONCE = 12;

    @Autowired
    TestAccounts accounts;

    @LocalServerPort
    int port;

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void theSameHandOverSentTwelveTimesAtOnceHandsTheCardOverOnce() throws Exception {
        long a = CardFixtures.registered(mvc, accounts, "72.09.05.2011", "Rahmat Towana");
        mvc.perform(post("/kartu/diterima")
                .with(accounts.as("t.bpjs"))
                .with(csrf())
                .param("wilayah", "72.09.05.2011")
                .param("ids", String.valueOf(a)));
        assertThat(count("select count(*) from card_event where participant_id = ? and event = 'DITERIMA'", a))
                .isEqualTo(1L);
        long handoversBefore = count("select count(*) from card_handover where village_code = '7209052011'");
        String token = AtOnce.token(mvc, accounts, "t.bpjs");
        String body = """
                {"village":"72.09.05.2011","participantIds":[%d],"place":"Balai Desa Padang Tumbuo",
                 "handedBy":"Petugas BPJS"}
                """.formatted(a);

        var answers = AtOnce.send(AT_ONCE, AtOnce.postJson(port, token, "/api/v1/cards/handovers", body));

        assertThat(answers).as("no server error").noneMatch(r -> r.statusCode() >= 500);
        assertThat(answers).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(answers)
                .filteredOn(r -> r.statusCode() != 201)
                .hasSize(AT_ONCE - 1)
                .allSatisfy(r -> {
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
                    assertThat(r.headers().firstValue("Content-Type").orElse(""))
                            .contains("application/problem+json");
                    assertThat(JsonPath.parse(r.body()).read("$.detail", String.class))
                            .isEqualTo("Kartu Rahmat Towana sudah diserahkan.");
                });
        assertThat(count("select count(*) from card_event where participant_id = ? and event = 'DISERAHKAN'", a))
                .isEqualTo(1L);
        assertThat(count("select count(*) from card_handover where village_code = '7209052011'"))
                .as("one Berita Acara; the refused ones rolled back theirs")
                .isEqualTo(handoversBefore + 1);
    }
}
