package id.pesona.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import id.pesona.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Import batches under concurrency, a crash and a stop: every upload gets its own batch, every batch ends in a final
 * state with counters that add up and match what the database holds, and its uploaded copy is removed.
 */
class ImportRecoveryIT extends IntegrationTest {

    static final String TINGKI = "72.09.09.2003";
    static final String MALAPO = "72.09.09.2004";
    static final AtomicInteger SERIAL = new AtomicInteger();
    static final int UPLOADS = 10;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ParticipantImports imports;

    @Autowired
    ImportsAtStart atStart;

    @LocalServerPort
    int port;

    /** A woman of kecamatan Walea Besar born in May 1988 on a day that, with the serial, makes the NIK unique. */
    record Person(String nik, String birth) {}

    static Person person() {
        int k = SERIAL.getAndIncrement();
        int day = 1 + (k / 9999) % 28;
        int serial = 1 + k % 9999;
        return new Person(
                "720909" + (40 + day) + "0588" + String.format("%04d", serial), String.format("%02d/05/1988", day));
    }

    static byte[] file(String village, List<Person> people) {
        StringBuilder s = new StringBuilder(ImportIT.HEADER).append('\n');
        for (Person p : people) {
            s.append(p.nik())
                    .append(",Warga Uji ")
                    .append(p.nik().substring(12))
                    .append(',')
                    .append(p.birth())
                    .append(",P,")
                    .append(village)
                    .append(",Nelayan,900.000,APBDes,2025,YA,Ahli Waris,SUAMI\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<Person> people(int n) {
        List<Person> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(person());
        }
        return out;
    }

    String token(String user) throws Exception {
        return (String) mvc.perform(post("/akun/token")
                        .with(accounts.as(user))
                        .with(csrf())
                        .param("name", "Uji impor serentak " + System.nanoTime()))
                .andReturn()
                .getFlashMap()
                .get("newToken");
    }

    static byte[] multipartBody(String boundary, String fileName, byte[] bytes, String mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\n" + mode + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    Map<String, Object> batchRow(long id) {
        return jdbc.sql("""
                        select status, processed, created, updated, unchanged, rejected, message, temp_file
                        from import_batch where id = ?
                        """)
                .param(id)
                .query((rs, n) -> {
                    Map<String, Object> m = new java.util.HashMap<>();
                    m.put("status", rs.getString(1));
                    m.put("processed", rs.getInt(2));
                    m.put("created", rs.getInt(3));
                    m.put("updated", rs.getInt(4));
                    m.put("unchanged", rs.getInt(5));
                    m.put("rejected", rs.getInt(6));
                    m.put("message", rs.getString(7));
                    m.put("temp_file", rs.getString(8));
                    return m;
                })
                .single();
    }

    String awaitFinal(long id) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            String s = (String) batchRow(id).get("status");
            if (!s.equals("MENUNGGU") && !s.equals("BERJALAN")) {
                return s;
            }
            Thread.sleep(100);
        }
        return (String) batchRow(id).get("status");
    }

    long rowsOf(long batch, String outcome) {
        return jdbc.sql("select count(*) from import_row where batch_id = ? and outcome = ?")
                .params(batch, outcome)
                .query(Long.class)
                .single();
    }

    long participantsOf(long batch) {
        return jdbc.sql("""
                        select count(*) from participant p
                        where exists (select 1 from import_row r
                                      where r.batch_id = ? and r.outcome = 'CREATED' and r.participant_id = p.id)
                        """).param(batch).query(Long.class).single();
    }

    long errorsOf(long batch) {
        return jdbc.sql("select count(*) from import_error where batch_id = ?")
                .param(batch)
                .query(Long.class)
                .single();
    }

    @Test
    void theSameFileUploadedTenTimesAtOnceGetsTenBatchesThatAllEndAndSaveEveryRowOnce() throws Exception {
        int rows = 30;
        List<Person> people = people(rows);
        byte[] csv = file(TINGKI, people);
        String bearer = "Bearer " + token("t.tingki");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < UPLOADS; i++) {
                // half of them all-or-nothing, half saving the valid rows
                String mode = i % 2 == 0 ? "HANYA_VALID" : "SEMUA_ATAU_TIDAK";
                String boundary = "----pesona" + i + System.nanoTime();
                HttpRequest request = HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/participants/imports"))
                        .header("Authorization", bearer)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(boundary, "tingki.csv", csv, mode)))
                        .build();
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get();
                assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
                long id = JsonPath.parse(r.body()).read("$.id", Long.class);
                assertThat(r.headers().firstValue("Location").orElse(""))
                        .isEqualTo("/api/v1/participants/imports/" + id);
                ids.add(id);
            }
            assertThat(new HashSet<>(ids))
                    .as("ten uploads, ten batches: %s", ids)
                    .hasSize(UPLOADS);

            long createdInAll = 0;
            Set<Long> createdParticipants = new HashSet<>();
            for (long id : ids) {
                assertThat(awaitFinal(id)).as("batch %d ends", id).isIn("SELESAI", "DIBATALKAN");
                var b = batchRow(id);
                int created = (Integer) b.get("created");
                int updated = (Integer) b.get("updated");
                int unchanged = (Integer) b.get("unchanged");
                int rejected = (Integer) b.get("rejected");
                assertThat(b.get("processed"))
                        .as("batch %d read the whole file: %s", id, b)
                        .isEqualTo(rows);
                assertThat(created + updated + unchanged + rejected)
                        .as("batch %d counters add up: %s", id, b)
                        .isEqualTo(rows);
                assertThat((long) created)
                        .as("batch %d: created = its saved new rows", id)
                        .isEqualTo(rowsOf(id, "CREATED"))
                        .isEqualTo(participantsOf(id));
                assertThat((long) updated).isEqualTo(rowsOf(id, "UPDATED"));
                assertThat((long) rejected).isEqualTo(errorsOf(id));
                assertThat(b.get("temp_file")).as("uploaded copy removed").isNull();
                System.out.printf(
                        "impor serentak: batch %d %s %s %s%n",
                        id,
                        b.get("status"),
                        b,
                        jdbc.sql("select row_no || ' ' || message from import_error where batch_id = ?")
                                .param(id)
                                .query(String.class)
                                .list());
                createdInAll += created;
                createdParticipants.addAll(
                        jdbc.sql("select participant_id from import_row where batch_id = ? and outcome = 'CREATED'")
                                .param(id)
                                .query(Long.class)
                                .list());
                // the API tells the same as the database
                mvc.perform(get("/api/v1/participants/imports/" + id).with(accounts.as("t.tingki")))
                        .andExpect(jsonPath("$.created").value(created))
                        .andExpect(jsonPath("$.rejected").value(rejected))
                        .andExpect(jsonPath("$.status").value(b.get("status")));
            }
            // the uploaded copies are gone from the temp directory, not only from the batch rows
            try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                assertThat(left.map(f -> f.getFileName().toString())
                                .filter(f -> f.startsWith(ParticipantImports.TEMP_PREFIX) && f.endsWith("-tingki.csv")))
                        .isEmpty();
            }
            // every person of the file is in the registry exactly once, created by exactly one batch
            List<String> niks = people.stream().map(Person::nik).toList();
            Map<String, Long> perNik = jdbc
                    .sql("select nik, count(*) from participant where nik in (:niks) group by nik")
                    .param("niks", niks)
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(perNik)
                    .hasSize(rows)
                    .allSatisfy((nik, count) ->
                            assertThat(count).as("NIK %s saved once", nik).isEqualTo(1L));
            assertThat(createdInAll)
                    .as("the new rows of all batches together are the file's rows")
                    .isEqualTo(rows);
            // a row that lost the race for its NIK is tried again and found: nobody is refused for being registered
            // (on H2, whose lock wait is short, a row may still be refused as busy: its counters stay true)
            if (TestDatabase.isPostgres()) {
                assertThat(jdbc.sql("select count(*) from import_error where batch_id in (:ids)")
                                .param("ids", ids)
                                .query(Long.class)
                                .single())
                        .as("rows refused in the ten batches")
                        .isZero();
            }
            assertThat(createdParticipants)
                    .containsExactlyInAnyOrderElementsOf(jdbc.sql("select id from participant where nik in (:niks)")
                            .param("niks", niks)
                            .query(Long.class)
                            .list());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A batch as a crash leaves it: BERJALAN, counters of the last progress tick, its uploaded copy on disk. */
    long crashed(long batch, int processedShown) throws Exception {
        Path copy = Files.createTempFile(ParticipantImports.TEMP_PREFIX, "-crash.csv");
        Files.writeString(copy, "sisa unggahan");
        jdbc.sql("""
                        update import_batch set status = 'BERJALAN', processed = ?, created = 0, updated = 0,
                            unchanged = 0, rejected = 0, message = null, finished_at = null, temp_file = ?
                        where id = ?
                        """).params(processedShown, copy.toString(), batch).update();
        return batch;
    }

    @Test
    void aBatchInterruptedByACrashIsClosedAtStartWithTrueCountersAndItsCopyRemoved() throws Exception {
        // a file that saved its rows, then the server died before it wrote its counters (kill -9)
        List<Person> people = people(12);
        long saved = upload("t.tingki", file(TINGKI, people), "HANYA_VALID");
        assertThat(awaitFinal(saved)).isEqualTo("SELESAI");
        crashed(saved, 0);
        Path savedCopy = Path.of((String) batchRow(saved).get("temp_file"));
        // an all-or-nothing file killed mid-way: its transaction was rolled back, 7 rows had been read
        long allOrNothing = batch("t.tingki", "SEMUA_ATAU_TIDAK", "BERJALAN");
        crashed(allOrNothing, 7);
        jdbc.sql("insert into import_error (batch_id, row_no, field, message) values (?, 3, 'nik', 'NIK salah')")
                .param(allOrNothing)
                .update();
        Path rolledBackCopy = Path.of((String) batchRow(allOrNothing).get("temp_file"));
        assertThat(savedCopy).exists();

        atStart.run(null);

        var a = batchRow(saved);
        assertThat(a.get("status")).isEqualTo("GAGAL");
        assertThat(a)
                .containsEntry("processed", 12)
                .containsEntry("created", 12)
                .containsEntry("rejected", 0);
        assertThat((long) (Integer) a.get("created")).isEqualTo(participantsOf(saved));
        assertThat(jdbc.sql("select count(*) from participant where nik in (:niks)")
                        .param("niks", people.stream().map(Person::nik).toList())
                        .query(Long.class)
                        .single())
                .isEqualTo(12L);
        assertThat((String) a.get("message"))
                .contains("terhenti karena server dimulai ulang")
                .contains("12 baru");
        assertThat(a.get("temp_file")).isNull();
        assertThat(savedCopy).doesNotExist();

        var b = batchRow(allOrNothing);
        assertThat(b.get("status")).isEqualTo("GAGAL");
        assertThat(b)
                .containsEntry("processed", 7)
                .containsEntry("created", 0)
                .containsEntry("updated", 0)
                .containsEntry("unchanged", 6)
                .containsEntry("rejected", 1);
        assertThat((String) b.get("message"))
                .contains("terhenti karena server dimulai ulang", "tidak ada yang disimpan");
        assertThat(rolledBackCopy).doesNotExist();

        // the page shows the final state and no longer polls
        mvc.perform(get("/peserta/impor/" + saved).with(accounts.as("t.tingki")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("terhenti karena server dimulai ulang")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("every 2s"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"stop\""))));
        // a second start finds nothing left to close
        assertThat(imports.recoverInterrupted()).isZero();
    }

    long upload(String user, byte[] csv, String mode) throws Exception {
        String location = mvc.perform(multipart("/api/v1/participants/imports")
                        .file(new MockMultipartFile("file", "uji.csv", "text/csv", csv))
                        .param("mode", mode)
                        .with(accounts.as(user))
                        .with(csrf()))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long batch(String owner, String mode, String status) {
        accounts.ensure(owner);
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into import_batch (file_name, sha256, mode, status, created_by, created_at)
                        values ('antre.csv', 'x', ?, ?, ?, ?)
                        """)
                .params(mode, status, owner, OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** A batch queued but not yet taken by a worker. */
    long waiting(String owner) {
        return batch(owner, "HANYA_VALID", "MENUNGGU");
    }

    @Test
    void theOwnerStopsAWaitingBatchWithTheButtonAndIsToldSo() throws Exception {
        long id = waiting("t.malapo");
        mvc.perform(get("/peserta/impor/" + id).with(accounts.as("t.malapo")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("action=\"/peserta/impor/" + id + "/hentikan\"")))
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")))
                .andExpect(content().string(Matchers.containsString("Hentikan impor")));
        // without the CSRF token nothing happens
        mvc.perform(post("/peserta/impor/" + id + "/hentikan").with(accounts.as("t.malapo")))
                .andExpect(status().isForbidden());
        assertThat(batchRow(id).get("status")).isEqualTo("MENUNGGU");

        var flashed = mvc.perform(post("/peserta/impor/" + id + "/hentikan")
                        .with(accounts.as("t.malapo"))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/peserta/impor/" + id))
                .andExpect(flash().attribute("stopNotice", "Impor dihentikan."))
                .andReturn()
                .getFlashMap();
        var b = batchRow(id);
        assertThat(b.get("status")).isEqualTo("DIHENTIKAN");
        assertThat(b).containsEntry("processed", 0).containsEntry("created", 0);
        assertThat((String) b.get("message"))
                .isEqualTo("Dihentikan oleh t.malapo setelah 0 baris dibaca; tidak ada yang disimpan.");
        mvc.perform(get("/peserta/impor/" + id).with(accounts.as("t.malapo")).flashAttrs(flashed))
                .andExpect(content().string(Matchers.containsString("Impor dihentikan.")))
                .andExpect(content().string(Matchers.containsString("Dihentikan")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("every 2s"))));
        // pressed again: it has already ended
        mvc.perform(post("/peserta/impor/" + id + "/hentikan")
                        .with(accounts.as("t.malapo"))
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "stopNotice",
                                "Impor ini sudah berakhir dengan status Dihentikan; tidak ada yang dihentikan."));
    }

    @Test
    void theApiStopsOnlyForTheOwnerOrAnAdminAndOnlyWhileRunning() throws Exception {
        long id = waiting("t.malapo");
        mvc.perform(post("/api/v1/participants/imports/" + id + "/cancel")
                        .with(accounts.as("t.desa"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/participants/imports/999999999/cancel")
                        .with(accounts.as("t.malapo"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(batchRow(id).get("status")).isEqualTo("MENUNGGU");
        mvc.perform(post("/api/v1/participants/imports/" + id + "/cancel")
                        .with(accounts.as("t.admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DIHENTIKAN"))
                .andExpect(jsonPath("$.message").value(Matchers.containsString("Dihentikan oleh t.admin")));
        mvc.perform(post("/api/v1/participants/imports/" + id + "/cancel")
                        .with(accounts.as("t.malapo"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", Matchers.containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail")
                        .value("Impor ini sudah berakhir dengan status Dihentikan; tidak ada yang dihentikan."))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.importStatus").value("DIHENTIKAN"));
    }

    void roomInMalapo() {
        jdbc.sql("delete from quota where village_code = '7209092004' and quota_year = 2025")
                .update();
        jdbc.sql("""
                        insert into quota (village_code, quota_year, quota, set_by, set_at)
                        values ('7209092004', 2025, 100000, 'uji', ?)
                        """).param(OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    @Test
    void stoppingARunningImportKeepsWhatWasSavedWithTrueCounters() throws Exception {
        roomInMalapo();
        int rows = 1500;
        List<Person> people = people(rows);
        long id = upload("t.malapo", file(MALAPO, people), "HANYA_VALID");
        for (int i = 0; i < 200 && rowsOf(id, "CREATED") < 5; i++) {
            Thread.sleep(50);
        }
        String body = mvc.perform(post("/api/v1/participants/imports/" + id + "/cancel")
                        .with(accounts.as("t.malapo"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DIHENTIKAN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var b = batchRow(id);
        int processed = (Integer) b.get("processed");
        int created = (Integer) b.get("created");
        assertThat(processed).as("stopped part-way: %s", b).isLessThan(rows).isGreaterThanOrEqualTo(5);
        assertThat(created + (Integer) b.get("updated") + (Integer) b.get("unchanged") + (Integer) b.get("rejected"))
                .isEqualTo(processed);
        long inRegistry = jdbc.sql("select count(*) from participant where nik in (:niks)")
                .param("niks", people.stream().map(Person::nik).toList())
                .query(Long.class)
                .single();
        assertThat((long) created)
                .as("created = the rows really saved")
                .isEqualTo(inRegistry)
                .isEqualTo(participantsOf(id));
        assertThat(JsonPath.parse(body).read("$.created", Integer.class)).isEqualTo(created);
        assertThat((String) b.get("message"))
                .startsWith("Dihentikan oleh t.malapo setelah")
                .contains("tetap tersimpan", created + " baru");
        assertThat(b.get("temp_file")).isNull();
    }

    @Test
    void stoppingAnAllOrNothingImportSavesNothing() throws Exception {
        roomInMalapo();
        int rows = 1500;
        List<Person> people = people(rows);
        long id = upload("t.malapo", file(MALAPO, people), "SEMUA_ATAU_TIDAK");
        for (int i = 0; i < 200 && !batchRow(id).get("status").equals("BERJALAN"); i++) {
            Thread.sleep(50);
        }
        Thread.sleep(300);
        mvc.perform(post("/api/v1/participants/imports/" + id + "/cancel")
                        .with(accounts.as("t.malapo"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DIHENTIKAN"))
                .andExpect(jsonPath("$.created").value(0));
        var b = batchRow(id);
        assertThat(b).containsEntry("created", 0).containsEntry("updated", 0);
        assertThat((Integer) b.get("unchanged") + (Integer) b.get("rejected")).isEqualTo(b.get("processed"));
        assertThat(jdbc.sql("select count(*) from participant where nik in (:niks)")
                        .param("niks", people.stream().map(Person::nik).toList())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat((String) b.get("message")).contains("tidak ada yang disimpan");
    }
}
