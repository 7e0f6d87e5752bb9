package id.pesona.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CardIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    long registered(String name) throws Exception {
        return CardFixtures.registered(mvc, accounts, "72.09.05.2011", name);
    }

    @Test
    void cardsAreReceivedThenHandedOverWithABeritaAcara() throws Exception {
        long a = registered("Jufri Mangge");
        long b = registered("Hasnah Batalipu");

        // a card not yet received cannot be handed over
        mvc.perform(post("/kartu/serah-terima")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("wilayah", "72.09.05.2011")
                        .param("ids", String.valueOf(a))
                        .param("place", "Balai Desa")
                        .param("handedBy", "Petugas"))
                .andExpect(redirectedUrl("/kartu?wilayah=72.09.05.2011"))
                .andExpect(flash().attribute("cardError", "card.error.notReceived"));

        // only BPJS and the Dinas record cards received
        mvc.perform(post("/kartu/diterima")
                        .with(accounts.as("t.camat"))
                        .with(csrf())
                        .param("wilayah", "72.09.05.2011")
                        .param("ids", String.valueOf(a)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/kartu/diterima")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .param("wilayah", "72.09.05.2011")
                        .param("ids", String.valueOf(a), String.valueOf(b))
                        .param("date", "2025-12-09"))
                .andExpect(redirectedUrl("/kartu?wilayah=72.09.05.2011"))
                .andExpect(flash().attribute("success", "card.received.saved"));

        mvc.perform(get("/kartu").param("wilayah", "72.09.05.2011").with(accounts.as("t.camat")))
                .andExpect(content().string(containsString("Diterima 9 Desember 2025")));

        String url = mvc.perform(post("/kartu/serah-terima")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("wilayah", "72.09.05.2011")
                        .param("ids", String.valueOf(a), String.valueOf(b))
                        .param("date", "2025-12-09")
                        .param("place", "Aula Kantor Bupati, rapat monev")
                        .param("handedBy", "Kepala Dinas Nakertrans")
                        .param("witness", "Kepala Cabang BPJS"))
                .andExpect(redirectedUrlPattern("/kartu/serah-terima/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        // handed once only
        mvc.perform(post("/kartu/serah-terima")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("wilayah", "72.09.05.2011")
                        .param("ids", String.valueOf(a))
                        .param("place", "x")
                        .param("handedBy", "y"))
                .andExpect(flash().attribute("cardError", "card.error.alreadyHanded"));

        byte[] pdf = mvc.perform(get(url + "/berita-acara.pdf").with(accounts.as("t.camat")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "berita-acara.pdf"), pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("BERITA ACARA SERAH TERIMA KARTU PESERTA BPJS KETENAGAKERJAAN")
                    .contains("PEMERINTAH KABUPATEN TOJO UNA-UNA")
                    .contains("9 Desember 2025")
                    .contains("Padang Tumbuo")
                    .contains("Ampana Kota")
                    .contains("Jufri Mangge")
                    .contains("Hasnah Batalipu")
                    .contains("Jumlah kartu diserahkan: 2")
                    .contains("Kepala Dinas Nakertrans")
                    .contains("Halaman 1 dari 1");
        }
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where entity_type = 'CARD_HANDOVER' and action = 'EXPORT'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1L);
        // another village's hand-over and its card list are refused
        mvc.perform(get(url).with(accounts.as("t.lemoro"))).andExpect(status().isForbidden());
        mvc.perform(get("/kartu").param("wilayah", "72.09.05.2011").with(accounts.as("t.lemoro")))
                .andExpect(status().isForbidden());
    }

    /** Runs the same request from three threads at once; the redirect each one got. */
    List<String> atOnce(java.util.concurrent.Callable<String> request) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(3);
        try {
            var runs = new ArrayList<Future<String>>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            var out = new ArrayList<String>();
            for (var r : runs) {
                out.add(r.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    long events(long participant, String event) {
        return jdbc.sql("select count(*) from card_event where participant_id = ? and event = ?")
                .params(participant, event)
                .query(Long.class)
                .single();
    }

    @Test
    void aCardIsReceivedOnceAndHandedOverOnceEvenWhenUsersClickAtOnce() throws Exception {
        long a = registered("Samsul Tawaeli");
        var received = atOnce(() -> mvc.perform(post("/kartu/diterima")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .param("wilayah", "72.09.05.2011")
                        .param("ids", String.valueOf(a)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
        assertThat(received).containsOnly("/kartu?wilayah=72.09.05.2011");
        assertThat(events(a, "DITERIMA")).isEqualTo(1L);

        var handed = atOnce(() -> mvc.perform(post("/kartu/serah-terima")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("wilayah", "72.09.05.2011")
                        .param("ids", String.valueOf(a))
                        .param("place", "Balai Desa Padang Tumbuo " + a)
                        .param("handedBy", "Petugas"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
        assertThat(handed.stream().filter(u -> u.startsWith("/kartu/serah-terima/")))
                .hasSize(1);
        assertThat(handed.stream().filter(u -> u.equals("/kartu?wilayah=72.09.05.2011")))
                .hasSize(2);
        assertThat(events(a, "DISERAHKAN")).isEqualTo(1L);
        // the refused hand-overs left no Berita Acara behind
        assertThat(jdbc.sql("select count(*) from card_handover where place = ?")
                        .param("Balai Desa Padang Tumbuo " + a)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void theApiRecordsAndHandsOverCards() throws Exception {
        long a = registered("Ilham Towana");
        mvc.perform(post("/api/v1/cards/received")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"participantIds\":[" + a + "],\"date\":\"2025-12-10\"}"))
                .andExpect(status().isOk())
                .andExpect(content().string("1"));
        mvc.perform(post("/api/v1/cards/handovers")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"village\":\"72.09.05.2011\",\"participantIds\":[" + a
                                + "],\"place\":\"Balai Desa Padang Tumbuo\",\"handedBy\":\"Petugas BPJS\"}"))
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.participantIds[0]")
                        .value(a));
        mvc.perform(get("/api/v1/cards").param("village", "72.09.05.2011").with(accounts.as("t.camat")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ilham Towana")));
        mvc.perform(
                        post("/api/v1/cards/handovers")
                                .with(accounts.as("t.bpjs"))
                                .with(csrf())
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"village\":\"72.09.05.2011\",\"participantIds\":[],\"place\":\"x\",\"handedBy\":\"y\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih sedikitnya satu peserta.")));
    }
}
