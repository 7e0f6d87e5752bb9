package id.pesona.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bad-input corpus of the imports ({@code scripts/bad-input/imports.py}, files and manifest in {@code
 * src/test/resources/bad-input/imports/}) through the real participant import (the DESA operator, through the API, as
 * the page's upload does) and the real payment import (ADMIN or BPJS, through the page and through the API). For each
 * file: no 5xx; every message is an Indonesian sentence (no English framework text, no message key, no Java name,
 * no unfilled placeholder); the refusal names the rows the manifest expects (with their field where it says) or the
 * file; and the row count of every business table is the same afterwards.
 */
class BadImportCorpusIT extends IntegrationTest {

    static final String CORPUS = "/bad-input/imports/";

    /**
     * Tables that are bookkeeping of the import itself or the trail of who did what, not business data; {@code
     * duplicate_nik} is the data-quality log of refused duplicates, kept on purpose when the import is rolled back
     * (V28).
     */
    static final Set<String> NOT_BUSINESS = Set.of(
            "audit_event", "flyway_schema_history", "import_batch", "import_error", "login_attempt", "duplicate_nik");

    static final Pattern ENGLISH = Pattern.compile("\\b(Failed|failed|Exception|exception|Required|required|Error|error"
            + "|Invalid|invalid|null|must|cannot|Cannot|Unexpected|unexpected|Bad Request|Internal|supported"
            + "|Could not|could not|Unable|unable|parse|Parse)\\b");
    static final Pattern MESSAGE_KEY = Pattern.compile("\\b[a-z][a-zA-Z]*\\.[a-z][a-zA-Z]*\\.[a-zA-Z][a-zA-Z.]*\\b");
    static final Pattern JAVA = Pattern.compile("java\\.|org\\.spring|jakarta\\.|\\bat [a-z]+\\.[a-z]+\\.");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Autowired
    TestAccounts accounts;

    @Autowired
    DataSource dataSource;

    @Autowired
    JsonMapper json;

    @TestFactory
    Stream<DynamicTest> everyBadFileIsRefusedInIndonesianNamingTheRowOrTheFileAndChangesNothing() throws Exception {
        JsonNode manifest;
        try (InputStream in = getClass().getResourceAsStream(CORPUS + "manifest.json")) {
            assertThat(in).as("run scripts/bad-input/imports.py").isNotNull();
            manifest = json.readTree(in);
        }
        assertThat(manifest.size()).isGreaterThanOrEqualTo(170);
        List<String> tables = businessTables();
        assertThat(tables).contains("participant", "heir", "payment", "bill", "bill_line", "payer");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode entry : manifest) {
            tests.add(DynamicTest.dynamicTest(
                    entry.get("file").asText() + " — " + entry.get("case").asText(), () -> {
                        Map<String, Long> before = counts(tables);
                        if (entry.get("target").asText().equals("participant")) {
                            participant(entry);
                        } else {
                            payment(entry);
                        }
                        assertThat(counts(tables))
                                .as("business tables after " + entry.get("file").asText())
                                .isEqualTo(before);
                    }));
        }
        return tests.stream();
    }

    List<String> businessTables() throws Exception {
        String schema;
        try (Connection c = dataSource.getConnection()) {
            schema = c.getSchema();
        }
        return jdbc
                .sql("select table_name from information_schema.tables where lower(table_schema) = lower(?)"
                        + " and table_type in ('BASE TABLE', 'TABLE') order by table_name")
                .param(schema)
                .query(String.class)
                .list()
                .stream()
                .map(t -> t.toLowerCase(Locale.ROOT))
                .filter(t -> !NOT_BUSINESS.contains(t))
                .toList();
    }

    Map<String, Long> counts(List<String> tables) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String t : tables) {
            m.put(t, jdbc.sql("select count(*) from " + t).query(Long.class).single());
        }
        return m;
    }

    static byte[] bytes(JsonNode entry) throws Exception {
        try (InputStream in = BadImportCorpusIT.class.getResourceAsStream(
                CORPUS + entry.get("file").asText())) {
            assertThat(in).isNotNull();
            return in.readAllBytes();
        }
    }

    static MockMultipartFile upload(JsonNode entry) throws Exception {
        String name = entry.get("upload").asText();
        String type = name.endsWith(".xlsx")
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : name.endsWith(".csv") ? "text/csv" : "application/octet-stream";
        return new MockMultipartFile("file", name, type, bytes(entry));
    }

    /** An Indonesian sentence: not blank, no English framework words, no message key or Java name, filled in. */
    static void indonesian(String what, String text) {
        assertThat(text).as(what).isNotBlank();
        assertThat(ENGLISH.matcher(text).find())
                .as(what + " has English text: " + text)
                .isFalse();
        assertThat(MESSAGE_KEY.matcher(text).find())
                .as(what + " has a message key: " + text)
                .isFalse();
        assertThat(JAVA.matcher(text).find()).as(what + " names Java: " + text).isFalse();
        assertThat(PLACEHOLDER.matcher(text).find())
                .as(what + " has an unfilled placeholder: " + text)
                .isFalse();
    }

    record Refusal(boolean file, Map<Integer, List<String>> rowFields, List<String> messages) {}

    void participant(JsonNode entry) throws Exception {
        String user = entry.get("as").asText();
        MockHttpServletResponse r = mvc.perform(multipart("/api/v1/participants/imports")
                        .file(upload(entry))
                        .param("mode", entry.get("mode").asText())
                        .with(accounts.as(user))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as("upload answer " + body).isLessThan(500);
        Refusal refusal;
        if (r.getStatus() == 400) {
            String detail = json.readTree(body).path("detail").asText();
            indonesian("problem detail", detail);
            refusal = new Refusal(true, Map.of(), List.of(detail));
        } else {
            assertThat(r.getStatus()).as(body).isEqualTo(202);
            long id = json.readTree(body).get("id").asLong();
            JsonNode batch = null;
            for (int i = 0; i < 1200; i++) {
                batch = json.readTree(
                        mvc.perform(get("/api/v1/participants/imports/" + id).with(accounts.as(user)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(StandardCharsets.UTF_8));
                String s = batch.get("status").asText();
                if (!s.equals("MENUNGGU") && !s.equals("BERJALAN")) {
                    break;
                }
                Thread.sleep(50);
            }
            String status = batch.get("status").asText();
            assertThat(status).as("batch " + batch).isIn("GAGAL", "DIBATALKAN");
            assertThat(batch.get("created").asInt()).isZero();
            List<String> messages = new ArrayList<>();
            String message = batch.path("message").asText();
            indonesian("batch message", message);
            assertThat(message).doesNotContain("kesalahan tak terduga");
            messages.add(message);
            MockHttpServletResponse er = mvc.perform(get("/api/v1/participants/imports/" + id + "/errors")
                            .with(accounts.as(user)))
                    .andReturn()
                    .getResponse();
            assertThat(er.getStatus()).isEqualTo(200);
            Map<Integer, List<String>> rows = new LinkedHashMap<>();
            boolean file = false;
            for (JsonNode e : json.readTree(er.getContentAsString(StandardCharsets.UTF_8))) {
                String text = e.get("message").asText();
                indonesian("row " + e.get("row").asInt() + " message", text);
                assertThat(text).doesNotContain("kesalahan tak terduga");
                assertThat(e.get("field").asText()).isNotBlank();
                messages.add(text);
                if (e.get("field").asText().equals("file")) {
                    file = true;
                } else {
                    rows.computeIfAbsent(e.get("row").asInt(), k -> new ArrayList<>())
                            .add(e.get("field").asText());
                }
            }
            refusal = new Refusal(file || status.equals("GAGAL"), rows, messages);
        }
        expected(entry, refusal);
    }

    void payment(JsonNode entry) throws Exception {
        String user = entry.get("as").asText();
        // the officer's page
        MockHttpServletResponse page = mvc.perform(multipart("/iuran/pembayaran/impor")
                        .file(upload(entry))
                        .param("mode", entry.get("mode").asText())
                        .with(accounts.as(user))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).as("page answer").isEqualTo(200);
        Document doc = Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8));
        Element error = doc.getElementById("import-error");
        Refusal refusal;
        if (error != null) {
            indonesian("import error", error.text());
            refusal = new Refusal(true, Map.of(), List.of(error.text()));
        } else {
            Element report = doc.getElementById("import-report");
            assertThat(report).as("a report or an error on the page").isNotNull();
            assertThat(doc.getElementById("import-same-file")).isNull();
            Element summary = doc.getElementById("import-summary");
            indonesian("import summary", summary.text());
            assertThat(summary.hasClass("alert-danger")).as(summary.text()).isTrue();
            Map<Integer, List<String>> rows = new LinkedHashMap<>();
            List<String> messages = new ArrayList<>(List.of(summary.text()));
            for (Element tr : report.select("#import-rows tbody tr.table-danger")) {
                String reason = tr.child(2).text();
                indonesian("row " + tr.child(0).text() + " reason", reason);
                messages.add(reason);
                rows.put(Integer.parseInt(tr.child(0).text()), List.of());
            }
            refusal = new Refusal(false, rows, messages);
        }
        expected(entry, refusal);

        // the API: no 5xx either, and a refused file is a problem document in Indonesian
        MockHttpServletResponse api = mvc.perform(multipart("/api/v1/payments/imports")
                        .file(upload(entry))
                        .param("mode", entry.get("mode").asText())
                        .with(accounts.as(user))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        String body = api.getContentAsString(StandardCharsets.UTF_8);
        assertThat(api.getStatus()).as("API answer " + body).isIn(200, 400);
        JsonNode answer = json.readTree(body);
        if (api.getStatus() == 400) {
            indonesian("problem detail", answer.path("detail").asText());
            assertThat(refusal.file()).as("the page refused the file too").isTrue();
        } else {
            assertThat(answer.get("applied").asBoolean()).isFalse();
            assertThat(answer.get("rejected").asInt()).isPositive();
            List<Integer> rejected = new ArrayList<>();
            for (JsonNode row : answer.get("results")) {
                if (row.get("outcome").asText().equals("DITOLAK")) {
                    assertThat(row.get("field").asText()).isNotBlank();
                    rejected.add(row.get("row").asInt());
                }
            }
            assertThat(rejected)
                    .as("the API names the rows the page names")
                    .isEqualTo(List.copyOf(refusal.rowFields().keySet()));
            if (entry.path("expect").has("field")) {
                for (JsonNode row : answer.get("results")) {
                    if (entry.get("expect").get("rows").get(0).asInt()
                            == row.get("row").asInt()) {
                        assertThat(row.get("field").asText())
                                .isEqualTo(entry.get("expect").get("field").asText());
                    }
                }
            }
        }
    }

    static void expected(JsonNode entry, Refusal refusal) {
        JsonNode expect = entry.get("expect");
        String what = entry.get("file").asText() + " answered " + refusal;
        if (expect.has("file")) {
            assertThat(refusal.file()).as(what + ": the file refused").isTrue();
        } else if (expect.has("rows")) {
            assertThat(refusal.file()).as(what + ": rows, not the file").isFalse();
            for (JsonNode row : expect.get("rows")) {
                assertThat(refusal.rowFields()).as(what).containsKey(row.asInt());
                if (expect.has("field") && !refusal.rowFields().get(row.asInt()).isEmpty()) {
                    assertThat(refusal.rowFields().get(row.asInt()))
                            .as(what)
                            .contains(expect.get("field").asText());
                }
            }
        } else if (expect.has("one_of_rows")) {
            assertThat(refusal.file()).as(what + ": rows, not the file").isFalse();
            List<Integer> any = new ArrayList<>();
            expect.get("one_of_rows").forEach(n -> any.add(n.asInt()));
            assertThat(refusal.rowFields().keySet()).as(what).containsAnyElementsOf(any);
        } else {
            // either the file is refused, or the named rows are
            if (!refusal.file()) {
                assertThat(refusal.rowFields()).as(what).isNotEmpty();
                for (JsonNode row : expect.get("rows_or_file")) {
                    assertThat(refusal.rowFields()).as(what).containsKey(row.asInt());
                }
            }
        }
    }
}
