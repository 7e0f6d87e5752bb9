package id.pesona.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A village asks for a worker's exit, the Dinas or BPJS confirms (the slot is freed) or refuses; one open request per
 * worker; scope 403 for another village and 404 for what does not exist. Test business date: 19 December 2025.
 */
class ExitRequestIT extends IntegrationTest {

    /** Desa Pusungi (72.09.04.2001), the village of t.pusungi; no other test uses it. */
    static final String VILLAGE = "72.09.04.2001";

    static final AtomicInteger SERIAL = new AtomicInteger(7000);

    @Autowired
    TestAccounts accounts;

    /** A worker of Pusungi with a NIK of its kecamatan, inserted directly in the given status. */
    long worker(String name, String status) {
        return Workers.insert(
                jdbc, "720904120690" + SERIAL.incrementAndGet(), name, LocalDate.of(1990, 6, 12), "7209042001", status);
    }

    long active() {
        return Workers.activeBpu(jdbc, "7209042001");
    }

    void quota(long n) {
        Workers.quota2025(jdbc, "7209042001", n);
    }

    MockHttpServletRequestBuilder ask(long participant, String user, String... fields) {
        MockHttpServletRequestBuilder b = post("/peserta/" + participant + "/keluar")
                .with(accounts.as(user))
                .with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            b.param(fields[i], fields[i + 1]);
        }
        return b;
    }

    long openRequestOf(long participant) {
        return jdbc.sql("select id from exit_request where open_participant_id = ?")
                .param(participant)
                .query(Long.class)
                .single();
    }

    MockHttpServletRequestBuilder apiAsk(long participant, String user, String reason, String exitOn, String note) {
        return post("/api/v1/participants/" + participant + "/exit-requests")
                .with(accounts.as(user))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(apiBody(reason, exitOn, note));
    }

    String apiBody(String reason, String exitOn, String note) {
        return """
                {"reason":%s,"exitOn":%s,"note":%s}
                """.formatted(q(reason), q(exitOn), q(note));
    }

    private static String q(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    @Test
    void theVillageAsksTheDinasConfirmsAndTheFreedSlotTakesANewWorker() throws Exception {
        long a = worker("Darwis Lagarusu", "TERDAFTAR");
        worker("Hamka Tolodo", "DIVERIFIKASI");
        long used = active();
        quota(used);

        // the village is told at once when it opens the form, with the numbers
        mvc.perform(get("/peserta/baru").with(accounts.as("t.pusungi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kuota Pusungi tahun 2025 sudah penuh.")))
                .andExpect(content().string(containsString("Aktif/terpakai " + used + " dari kuota " + used + ".")))
                .andExpect(content().string(containsString("href=\"/peserta/keluar\"")));
        // the office choosing the village in the form gets the same banner (htmx fragment); another village's is 403
        mvc.perform(get("/peserta/baru/kuota")
                        .param("village", VILLAGE)
                        .param("programmeYear", "2025")
                        .with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aktif/terpakai " + used + " dari kuota " + used + ".")));
        mvc.perform(get("/peserta/baru/kuota")
                        .param("village", VILLAGE)
                        .param("programmeYear", "20x5")
                        .with(accounts.as("t.lemoro")))
                .andExpect(status().isForbidden());
        // and a proposal is refused with a message that points to the exit request
        mvc.perform(ParticipantIT.proposal(ParticipantIT.nik(), VILLAGE, "confirmWarnings", "true")
                        .with(accounts.as("t.pusungi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ajukan peserta yang sudah tidak ikut untuk keluar")))
                .andExpect(content().string(containsString("id=\"quota-full\"")));

        mvc.perform(ask(a, "t.pusungi", "reason", "MENINGGAL", "exitOn", "2025-12-15", "note", "Meninggal di laut"))
                .andExpect(redirectedUrl("/peserta/" + a))
                .andExpect(flash().attribute("success", "exit.requested"));
        long request = openRequestOf(a);
        mvc.perform(get("/peserta/" + a).with(accounts.as("t.pusungi")))
                .andExpect(content().string(containsString("Permintaan keluar menunggu persetujuan")))
                .andExpect(content().string(containsString("Meninggal di laut")))
                .andExpect(content().string(not(containsString("id=\"exit-form\""))));
        mvc.perform(get("/peserta/baru").with(accounts.as("t.pusungi")))
                .andExpect(content().string(containsString("id=\"quota-open-exits\"")))
                .andExpect(content().string(containsString("permintaan keluar menunggu persetujuan.")));

        // visible to both sides; only ADMIN and BPJS get the buttons
        mvc.perform(get("/peserta/keluar").with(accounts.as("t.pusungi")))
                .andExpect(content().string(containsString("Darwis Lagarusu")))
                .andExpect(content().string(not(containsString("approve-" + request))));
        mvc.perform(get("/peserta/keluar").with(accounts.as("t.admin")))
                .andExpect(content().string(containsString("Darwis Lagarusu")))
                .andExpect(content().string(containsString("approve-" + request)));
        mvc.perform(get("/peserta/keluar").with(accounts.as("t.pimpinan")))
                .andExpect(content().string(containsString("Darwis Lagarusu")))
                .andExpect(content().string(not(containsString("approve-" + request))));
        for (String user : new String[] {"t.pusungi", "t.pimpinan", "t.camat"}) {
            mvc.perform(post("/peserta/keluar/" + request + "/setujui")
                            .with(accounts.as(user))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(active()).isEqualTo(used);

        mvc.perform(post("/peserta/keluar/" + request + "/setujui")
                        .with(accounts.as("t.admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/peserta/keluar"))
                .andExpect(flash().attribute("success", "exit.approved"));
        assertThat(jdbc.sql("select status || ':' || end_reason || ':' || ended_on from participant where id = ?")
                        .param(a)
                        .query(String.class)
                        .single())
                .isEqualTo("BERHENTI:MENINGGAL:2025-12-15");
        assertThat(jdbc.sql("select state || ':' || decided_by || ':' || coalesce(cast(open_participant_id as varchar),"
                                + " '-') from exit_request where id = ?")
                        .param(request)
                        .query(String.class)
                        .single())
                .isEqualTo("DISETUJUI:t.admin:-");
        assertThat(active()).isEqualTo(used - 1);

        // the banner is gone and the village proposes again
        mvc.perform(get("/peserta/baru").with(accounts.as("t.pusungi")))
                .andExpect(content().string(not(containsString("id=\"quota-full\""))));
        mvc.perform(ParticipantIT.proposal(
                                ParticipantIT.nik(),
                                VILLAGE,
                                "confirmWarnings",
                                "true",
                                "replacesId",
                                String.valueOf(a))
                        .with(accounts.as("t.pusungi")))
                .andExpect(redirectedUrlPattern("/peserta/*"));
        assertThat(active()).isEqualTo(used);

        // audited on the participant, in order, and shown in its history
        assertThat(jdbc.sql("select actor || ':' || summary from audit_event where entity_type = 'PARTICIPANT'"
                                + " and entity_id = ? order by id")
                        .param(String.valueOf(a))
                        .query(String.class)
                        .list())
                .hasSize(3)
                .satisfiesExactly(
                        s -> assertThat(s)
                                .startsWith("t.pusungi:Permintaan keluar diajukan: Darwis Lagarusu, meninggal, per"
                                        + " 15 Desember 2025"),
                        s -> assertThat(s).startsWith("t.admin:Peserta berhenti"),
                        s -> assertThat(s).startsWith("t.admin:Permintaan keluar disetujui"));
        mvc.perform(get("/peserta/" + a).with(accounts.as("t.pusungi")))
                .andExpect(content().string(containsString("Permintaan keluar diajukan")))
                .andExpect(content().string(containsString("Disetujui")));
    }

    @Test
    void aRefusalCarriesAReasonTheVillageSeesAndTheVillageMayAskAgain() throws Exception {
        long a = worker("Nurlia Pasambo", "TERDAFTAR");
        mvc.perform(ask(a, "t.pusungi", "reason", "PINDAH", "exitOn", "2025-12-01"));
        long request = openRequestOf(a);
        // a refusal without a reason is itself refused
        mvc.perform(post("/peserta/keluar/" + request + "/tolak")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .param("rejectionReason", "  "))
                .andExpect(redirectedUrl("/peserta/keluar"))
                .andExpect(flash().attribute("exitError", "exit.error.rejectionReason"));
        assertThat(openRequestOf(a)).isEqualTo(request);
        mvc.perform(post("/peserta/keluar/" + request + "/tolak")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .param("kembali", "peserta")
                        .param("rejectionReason", "Masih tercatat di desa, lampirkan surat pindah"))
                .andExpect(redirectedUrl("/peserta/" + a))
                .andExpect(flash().attribute("success", "exit.rejected"));
        assertThat(jdbc.sql("select state from exit_request where id = ?")
                        .param(request)
                        .query(String.class)
                        .single())
                .isEqualTo("DITOLAK");
        assertThat(jdbc.sql("select status from participant where id = ?")
                        .param(a)
                        .query(String.class)
                        .single())
                .isEqualTo("TERDAFTAR");
        mvc.perform(get("/peserta/" + a).with(accounts.as("t.pusungi")))
                .andExpect(content().string(containsString("Masih tercatat di desa, lampirkan surat pindah")))
                .andExpect(content().string(containsString("Ditolak")))
                .andExpect(content().string(containsString("id=\"exit-form\"")));
        // a decided request cannot be decided again
        mvc.perform(post("/api/v1/exit-requests/" + request + "/approve")
                        .with(accounts.as("t.admin"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Permintaan ini sudah diputuskan oleh t.bpjs."));
        // the village asks again, with the paper
        mvc.perform(ask(a, "t.pusungi", "reason", "PINDAH", "exitOn", "2025-12-01", "note", "Surat pindah terlampir"))
                .andExpect(flash().attribute("success", "exit.requested"));
        assertThat(jdbc.sql("select count(*) from exit_request where participant_id = ?")
                        .param(a)
                        .query(Long.class)
                        .single())
                .isEqualTo(2L);
        // a stop made directly by BPJS settles the open request too
        mvc.perform(post("/peserta/" + a + "/berhenti")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .param("endReason", "PINDAH")
                        .param("endedOn", "2025-12-01"))
                .andExpect(redirectedUrl("/peserta/" + a));
        assertThat(jdbc.sql("select count(*) from exit_request where open_participant_id = ?")
                        .param(a)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anotherVillageIsRefusedWith403AndWhatDoesNotExistIs404() throws Exception {
        long a = worker("Safrudin Lamakasa", "TERDAFTAR");
        mvc.perform(ask(a, "t.lemoro", "reason", "PINDAH", "exitOn", "2025-12-01"))
                .andExpect(status().isForbidden());
        mvc.perform(apiAsk(a, "t.lemoro", "PINDAH", "2025-12-01", null)).andExpect(status().isForbidden());
        // ADMIN and BPJS end memberships themselves; asking is the village's step
        mvc.perform(ask(a, "t.admin", "reason", "PINDAH", "exitOn", "2025-12-01"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from exit_request where participant_id = ?")
                        .param(a)
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(ask(a, "t.pusungi", "reason", "PINDAH", "exitOn", "2025-12-01"));
        long request = openRequestOf(a);
        mvc.perform(get("/api/v1/exit-requests/" + request).with(accounts.as("t.lemoro")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/exit-requests/" + request).with(accounts.as("t.pusungi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DIAJUKAN"))
                .andExpect(jsonPath("$.village").value(VILLAGE));
        mvc.perform(get("/api/v1/exit-requests/999999999").with(accounts.as("t.pusungi")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/peserta/keluar/999999999/setujui")
                        .with(accounts.as("t.admin"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/peserta/keluar").with(accounts.as("t.lemoro")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Safrudin Lamakasa"))));
        mvc.perform(get("/peserta/keluar").param("wilayah", VILLAGE).with(accounts.as("t.lemoro")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/exit-requests").with(accounts.as("t.lemoro")))
                .andExpect(jsonPath("$[?(@.id == " + request + ")]").isEmpty());
        mvc.perform(get("/api/v1/exit-requests")
                        .param("state", "DIAJUKAN")
                        .param("region", "72.09.04")
                        .with(accounts.as("t.bpjs")))
                .andExpect(jsonPath("$[?(@.id == " + request + ")].participantName")
                        .value("Safrudin Lamakasa"));
        mvc.perform(post("/api/v1/exit-requests/" + request + "/approve")
                        .with(accounts.as("t.pusungi"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiAsksAndBpjsConfirms() throws Exception {
        long a = worker("Yusran Bantilan", "DIVERIFIKASI");
        String location = mvc.perform(apiAsk(a, "t.pusungi", "MENGUNDURKAN_DIRI", "2025-12-18", "Bekerja di kapal"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DIAJUKAN"))
                .andExpect(jsonPath("$.reason").value("MENGUNDURKAN_DIRI"))
                .andExpect(jsonPath("$.exitOn").value("2025-12-18"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(location).isEqualTo("/api/v1/exit-requests/" + openRequestOf(a));
        mvc.perform(post(location + "/approve").with(accounts.as("t.bpjs")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DISETUJUI"))
                .andExpect(jsonPath("$.decidedBy").value("t.bpjs"));
        mvc.perform(get("/api/v1/participants/" + a).with(accounts.as("t.pusungi")))
                .andExpect(jsonPath("$.status").value("BERHENTI"))
                .andExpect(jsonPath("$.endReason").value("MENGUNDURKAN_DIRI"))
                .andExpect(jsonPath("$.endedOn").value("2025-12-18"));
        // only verified or registered workers: a proposal is withdrawn otherwise, an ended one has nothing to end
        long proposed = worker("Ikbal Sangkota", "DIUSULKAN");
        for (long id : new long[] {proposed, a}) {
            mvc.perform(apiAsk(id, "t.pusungi", "PINDAH", "2025-12-18", null))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail")
                            .value("Permintaan keluar hanya untuk peserta yang sudah diverifikasi atau terdaftar."));
        }
    }

    @Test
    void aSecondRequestWhileOneIsOpenIsRefusedWithAClearMessage() throws Exception {
        long a = worker("Rahmat Tangkilisan", "TERDAFTAR");
        mvc.perform(ask(a, "t.pusungi", "reason", "PINDAH", "exitOn", "2025-12-10"))
                .andExpect(flash().attribute("success", "exit.requested"));
        mvc.perform(ask(a, "t.pusungi", "reason", "MENINGGAL", "exitOn", "2025-12-11"))
                .andExpect(redirectedUrl("/peserta/" + a))
                .andExpect(flash().attribute("exitError", "exit.error.open"));
        mvc.perform(apiAsk(a, "t.pusungi", "MENINGGAL", "2025-12-11", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("Peserta ini sudah punya permintaan keluar yang menunggu persetujuan (diajukan oleh"
                                + " t.pusungi, 19 Desember 2025)."));
        assertThat(jdbc.sql("select count(*) from exit_request where participant_id = ?")
                        .param(a)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void tenSimultaneousRequestsForOneWorkerMakeExactlyOne() throws Exception {
        long a = worker("Sumarni Lapasere", "TERDAFTAR");
        accounts.ensure("t.pusungi");
        int n = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Integer> call = () -> {
                    start.await();
                    return mvc.perform(apiAsk(a, "t.pusungi", "PINDAH", "2025-12-12", null))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 400).hasSize(n - 1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from exit_request where participant_id = ?")
                        .param(a)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no reason             |          | 2025-12-10 |     | reason | Pilih alasan keluar.",
                "unknown reason        | HILANG   | 2025-12-10 |     | reason | Pilih alasan keluar.",
                "no date               | PINDAH   |            |     | exitOn | Tanggal keluar wajib diisi.",
                "tomorrow              | PINDAH   | 2025-12-20 |     | exitOn | tidak boleh di masa depan",
                "far future            | PINDAH   | 2099-01-01 |     | exitOn | tidak boleh di masa depan",
                "before registration   | PINDAH   | 2025-01-31 |     | exitOn | sebelum tanggal terdaftar (1 Februari 2025)",
                "note too long         | PINDAH   | 2025-12-10 | 501 | note   | Keterangan terlalu panjang (maksimal 500 karakter)."
            })
    void badValuesGetAMessageNamingTheField(
            String name, String reason, String exitOn, Integer noteLength, String field, String message)
            throws Exception {
        long a = worker("Uji " + name, "TERDAFTAR");
        String note = noteLength == null ? null : "x".repeat(noteLength);
        mvc.perform(apiAsk(a, "t.pusungi", reason, exitOn, note))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString(message)))
                .andExpect(jsonPath("$.errors." + field).exists());
        // the page form: same rule, a flash message on the worker's page, the typed values kept
        var page = ask(a, "t.pusungi", "reason", reason == null ? "" : reason, "exitOn", exitOn == null ? "" : exitOn);
        if (note != null) {
            page.param("note", note);
        }
        var flashed = mvc.perform(page)
                .andExpect(redirectedUrl("/peserta/" + a))
                .andExpect(flash().attribute("exitErrorField", field))
                .andReturn()
                .getFlashMap();
        flashed.values().removeIf(java.util.Objects::isNull);
        mvc.perform(get("/peserta/" + a).with(accounts.as("t.pusungi")).flashAttrs(flashed))
                .andExpect(content().string(containsString(message)));
        assertThat(jdbc.sql("select count(*) from exit_request where participant_id = ?")
                        .param(a)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aDateMoreThanAYearBackOrNotADateIsRefused() throws Exception {
        long a = worker("Arfan Lasimpala", "DIVERIFIKASI");
        mvc.perform(apiAsk(a, "t.pusungi", "PINDAH", "2024-12-01", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Tanggal keluar paling awal 18 Desember 2024")));
        mvc.perform(ask(a, "t.pusungi", "reason", "PINDAH", "exitOn", "31-12-2025"))
                .andExpect(flash().attribute("exitError", "exit.error.exitOn.format"));
        mvc.perform(get("/peserta/keluar").param("status", "APA").with(accounts.as("t.admin")))
                .andExpect(status().isBadRequest());
    }
}
