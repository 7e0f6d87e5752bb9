package id.pesona.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.pesona.access.ApiTokens;
import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import id.pesona.support.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The request half of the bad-input corpus ({@code scripts/bad-input/requests.py} writes {@code
 * bad-input/requests.json}): every malformed API call, page link and form post is sent over real HTTP to the running
 * app, signed in with the role it names (a bearer token for the API, the login form and the CSRF token for pages).
 * Every answer: no 5xx, the expected status, on the API a problem document with an Indonesian title and detail naming
 * the field, on a page the Indonesian error page or the form with its field message; nowhere English framework text or
 * a raw message key; and no business table gains or loses a row.
 */
class BadRequestCorpusIT extends IntegrationTest {

    /** English framework words that must never reach a user. */
    static final List<String> ENGLISH = List.of(
            "Failed to convert",
            "Required",
            "not supported",
            "Forbidden",
            "Unauthorized",
            "Bad Request",
            "Not Found",
            "java.",
            "Exception",
            "typeMismatch",
            "Whitelabel");

    /** Tables that change by signing in and by refusing (accounts, tokens, audit trail), not business data. */
    static final Set<String> NOT_BUSINESS = Set.of("flyway_schema_history", "app_user", "api_token", "audit_event");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApiTokens tokens;

    record Answer(int status, String contentType, String location, String body) {}

    private final Map<String, HttpClient> sessions = new HashMap<>();
    private final Map<String, String> csrf = new HashMap<>();
    private final Map<String, String> bearer = new HashMap<>();

    @Test
    void everyBadRequestGetsAClearIndonesianAnswerAndChangesNothing() throws Exception {
        List<Map<String, Object>> requests;
        try (InputStream in = getClass().getResourceAsStream("/bad-input/requests.json")) {
            assertThat(in)
                    .as("bad-input/requests.json (run scripts/bad-input/requests.py)")
                    .isNotNull();
            requests = JsonPath.parse(in).read("$.requests");
        }
        assertThat(requests).hasSizeGreaterThanOrEqualTo(60);
        Set<String> keys = messageKeys();
        Set<String> titles = indonesianTitles();
        // sign in first, so that the counts before and after see the same accounts and tokens
        for (Map<String, Object> r : requests) {
            if (r.get("as") != null) {
                session((String) r.get("as"));
                if ("bearer".equals(r.get("auth"))) {
                    token((String) r.get("as"));
                }
            }
        }
        Map<String, Long> before = counts();
        List<String> problems = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        StringBuilder log = new StringBuilder();
        for (Map<String, Object> r : requests) {
            Answer a = send(r);
            byStatus.merge(a.status(), 1, Integer::sum);
            String problem = check(r, a, keys, titles);
            log.append(String.format("%-60s %d %s%n", r.get("id"), a.status(), problem == null ? "ok" : problem));
            if (problem != null) {
                problems.add(r.get("id") + " → " + a.status() + ": " + problem + "\n   " + shorten(a.body()));
            }
        }
        Map<String, Long> after = counts();
        Path out = Path.of("target", "bad-requests-" + (TestDatabase.isPostgres() ? "postgresql" : "h2") + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, log + "\nstatuses: " + byStatus + "\n");
        assertThat(problems).as("answers to the bad-request corpus").isEmpty();
        assertThat(after).as("business table rows").isEqualTo(before);
        assertThat(byStatus.keySet()).contains(400, 401, 403, 404, 405, 406, 413, 415);
    }

    // ------------------------------------------------------------------ each status, on the API and on a page

    private Answer call(String method, String path, String user, String auth, Map<String, String> extra, String body)
            throws Exception {
        Map<String, Object> r = new HashMap<>();
        r.put("method", method);
        r.put("path", path);
        r.put("as", user);
        r.put("auth", auth);
        r.put("csrf", false);
        if (body != null) {
            r.put("body", body);
        }
        Map<String, String> headers = new LinkedHashMap<>(extra);
        if (headers.containsKey("Content-Type")) {
            r.put("contentType", headers.remove("Content-Type"));
        }
        if (headers.containsKey("Accept")) {
            r.put("accept", headers.remove("Accept"));
        }
        if (headers.containsKey("oversize")) {
            r.put("oversize", Long.parseLong(headers.remove("oversize")));
            r.put("csrf", "session".equals(auth));
        }
        r.put("headers", headers);
        return send(r);
    }

    private static Map<String, Object> problem(Answer a, int status, String title) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/problem+json");
        Map<String, Object> doc = JsonPath.parse(a.body()).read("$");
        assertThat(doc.get("status")).isEqualTo(status);
        assertThat(doc.get("title")).isEqualTo(title);
        assertThat((String) doc.get("detail")).isNotBlank();
        for (String english : ENGLISH) {
            assertThat(a.body()).doesNotContain(english);
        }
        return doc;
    }

    private static Document page(Answer a, int status, String title) {
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("text/html");
        Document page = Jsoup.parse(a.body());
        assertThat(page.selectFirst("#error-title").text()).isEqualTo(title);
        assertThat(page.selectFirst("#error-status").text()).isEqualTo(String.valueOf(status));
        assertThat(page.selectFirst("footer").text()).contains("Kabupaten Tojo Una-Una");
        for (String english : ENGLISH) {
            assertThat(page.text()).doesNotContain(english);
        }
        return page;
    }

    @Test
    void unauthorizedIsAProblemDocumentOnTheApiAndTheLoginForAPage() throws Exception {
        Answer none = call("GET", "/api/v1/me", null, "none", Map.of(), null);
        assertThat(problem(none, 401, "Perlu masuk").get("detail").toString()).contains("Masuk dulu");
        Answer wrong = call(
                "POST",
                "/api/v1/payments",
                null,
                "none",
                Map.of("Authorization", "Bearer psn_salah", "Content-Type", "application/json"),
                "{}");
        assertThat(problem(wrong, 401, "Perlu masuk").get("detail").toString()).contains("Token API tidak sah");
        Answer write = call("POST", "/api/v1/payments", null, "none", Map.of("Content-Type", "application/json"), "{}");
        problem(write, 401, "Perlu masuk");
        Answer page = call("GET", "/peserta", null, "none", Map.of(), null);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
        // the page family has a 401 page too, for whatever sends it
        var html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/error")
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 401)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/peserta"))
                .andReturn()
                .getResponse();
        page(new Answer(html.getStatus(), html.getContentType(), null, html.getContentAsString()), 401, "Perlu masuk");
    }

    @Test
    void forbiddenIsTheSameProblemDocumentAndTheErrorPage() throws Exception {
        Answer api =
                call("POST", "/api/v1/regions", "t.desa", "bearer", Map.of("Content-Type", "application/json"), "{}");
        assertThat(problem(api, 403, "Akses ditolak")).doesNotContainKey("error");
        page(call("GET", "/admin/pengguna", "t.desa", "session", Map.of(), null), 403, "Akses ditolak");
        Document csrfMissing = page(
                call("POST", "/peserta/baru", "t.admin", "session", Map.of("Content-Type", FORM), "nik=1"),
                403,
                "Akses ditolak");
        assertThat(csrfMissing.selectFirst("#error-text").text()).contains("kedaluwarsa");
    }

    @Test
    void notFoundAndWrongMethodNameWhatIsWrong() throws Exception {
        problem(call("GET", "/api/v1/tidak-ada", "t.admin", "bearer", Map.of(), null), 404, "Tidak ditemukan");
        problem(
                call("GET", "/api/v1/participants/987654321", "t.admin", "bearer", Map.of(), null),
                404,
                "Tidak ditemukan");
        page(call("GET", "/tidak-ada", "t.admin", "session", Map.of(), null), 404, "Tidak ditemukan");
        Answer delete = call("DELETE", "/api/v1/participants", "t.admin", "bearer", Map.of(), null);
        assertThat(problem(delete, 405, "Alamat ini bukan halaman")
                        .get("detail")
                        .toString())
                .contains("DELETE")
                .contains("GET");
        page(
                call("GET", "/peserta/1/verifikasi", "t.admin", "session", Map.of(), null),
                405,
                "Alamat ini bukan halaman");
        // English under the English locale
        Answer english =
                call("GET", "/api/v1/tidak-ada", "t.admin", "bearer", Map.of("Cookie", "pesona-lang=en"), null);
        assertThat(english.status()).isEqualTo(404);
        assertThat(JsonPath.parse(english.body()).read("$.title", String.class)).isEqualTo("Not found");
    }

    @Test
    void wrongFormatsSayWhichFormatTheAddressTakes() throws Exception {
        Answer csv = call("GET", "/api/v1/participants", "t.admin", "bearer", Map.of("Accept", "text/csv"), null);
        problem(csv, 406, "Format jawaban tidak tersedia");
        Answer text =
                call("POST", "/api/v1/payments", "t.bpjs", "bearer", Map.of("Content-Type", "text/plain"), "jumlah=1");
        assertThat(problem(text, 415, "Format isi tidak didukung").get("detail").toString())
                .contains("text/plain")
                .contains("application/json");
        Answer date = call("GET", "/api/v1/forecast?date=2026-02-30", "t.admin", "bearer", Map.of(), null);
        Map<String, Object> doc = problem(date, 400, "Permintaan tidak sah");
        assertThat(doc.get("field")).isEqualTo("date");
        assertThat(doc.get("detail").toString()).contains("\"date\"").contains("2026-02-28");
        Document monev = page(
                call("GET", "/monev?tanggal=2026-02-30", "t.admin", "session", Map.of(), null),
                400,
                "Permintaan tidak sah");
        assertThat(monev.selectFirst("#error-text").text())
                .isEqualTo("Isian \"tanggal\" harus tanggal yang sah (contoh 2026-02-28), bukan \"2026-02-30\".");
        Document status = page(
                call("GET", "/peserta?status=BUKAN", "t.admin", "session", Map.of(), null),
                400,
                "Permintaan tidak sah");
        // a page names no codes (a user picks from a list); the API lists them
        assertThat(status.selectFirst("#error-text").text())
                .isEqualTo(
                        "Isian \"status\" berisi pilihan yang tidak dikenal: \"BUKAN\". Pilih dari daftar di halamannya.");
        Answer apiStatus = call("GET", "/api/v1/participants?status=BUKAN", "t.admin", "bearer", Map.of(), null);
        assertThat(problem(apiStatus, 400, "Permintaan tidak sah").get("detail").toString())
                .contains("DIUSULKAN, DIVERIFIKASI, TERDAFTAR, BERHENTI");
    }

    @Test
    void anUploadAboveTheLimitIsRefusedWithTheLimit() throws Exception {
        String size = String.valueOf(300L * 1024 * 1024);
        Answer api = call(
                "POST",
                "/api/v1/payments/imports",
                "t.bpjs",
                "bearer",
                Map.of("Content-Type", "multipart/form-data; boundary=b", "oversize", size),
                null);
        assertThat(problem(api, 413, "Berkas terlalu besar").get("detail").toString())
                .contains("200 MB");
        Answer form = call(
                "POST",
                "/iuran/pembayaran/impor",
                "t.bpjs",
                "session",
                Map.of("Content-Type", "multipart/form-data; boundary=b", "oversize", size),
                null);
        assertThat(page(form, 413, "Berkas terlalu besar")
                        .selectFirst("#error-text")
                        .text())
                .contains("200 MB");
    }

    /** A fault of the application, provoked by a handler registered for this test only. */
    public static class Faulty {
        public String fail() {
            throw new IllegalStateException("rahasia internal: tabel x rusak");
        }
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aServerErrorShowsALogIdAndNoStackTrace(org.springframework.boot.test.system.CapturedOutput output)
            throws Exception {
        var api = org.springframework.web.servlet.mvc.method.RequestMappingInfo.paths("/api/v1/uji-galat")
                .options(mappings.getBuilderConfiguration())
                .build();
        var html = org.springframework.web.servlet.mvc.method.RequestMappingInfo.paths("/uji-galat")
                .options(mappings.getBuilderConfiguration())
                .build();
        var method = Faulty.class.getMethod("fail");
        mappings.registerMapping(api, new Faulty(), method);
        mappings.registerMapping(html, new Faulty(), method);
        try {
            Answer a = call("GET", "/api/v1/uji-galat", "t.admin", "bearer", Map.of(), null);
            Map<String, Object> doc = problem(a, 500, "Terjadi kesalahan");
            String id = (String) doc.get("logId");
            assertThat(id).matches("[0-9a-f]{8}");
            assertThat(doc.get("detail").toString()).contains(id).contains("admin Dinas");
            assertThat(a.body())
                    .doesNotContain("rahasia")
                    .doesNotContain("IllegalState")
                    .doesNotContain("at id.");
            assertThat(output.getAll()).contains("[" + id + "]").contains("rahasia internal");

            Document page =
                    page(call("GET", "/uji-galat", "t.admin", "session", Map.of(), null), 500, "Terjadi kesalahan");
            assertThat(page.selectFirst("#error-log-id").text()).matches("Kode galat: [0-9a-f]{8}");
            assertThat(page.text()).doesNotContain("rahasia");
        } finally {
            mappings.unregisterMapping(api);
            mappings.unregisterMapping(html);
        }
    }

    private String check(Map<String, Object> r, Answer a, Set<String> keys, Set<String> titles) {
        @SuppressWarnings("unchecked")
        List<Integer> expect = (List<Integer>) r.get("expect");
        if (a.status() >= 500) {
            return "server error";
        }
        if (!expect.contains(a.status())) {
            return "expected " + expect;
        }
        String path = (String) r.get("path");
        String field = (String) r.get("field");
        if (a.status() == 302) {
            return a.location() != null && a.location().endsWith("/login") ? null : "redirect to " + a.location();
        }
        String text;
        if (path.startsWith("/api/")) {
            if (a.contentType() == null || !a.contentType().startsWith("application/problem+json")) {
                return "not a problem document: " + a.contentType();
            }
            var json = JsonPath.parse(a.body());
            Integer status = json.read("$.status");
            String title = json.read("$.title");
            String detail = json.read("$.detail");
            if (status == null || status != a.status()) {
                return "status in the document: " + status;
            }
            if (title == null || !titles.contains(title)) {
                return "title not Indonesian: " + title;
            }
            if (detail == null || detail.isBlank()) {
                return "no detail";
            }
            if (field != null) {
                Map<String, Object> doc = json.read("$");
                Object errors = doc.get("errors");
                boolean named =
                        field.equals(doc.get("field")) || (errors instanceof Map<?, ?> m && m.containsKey(field));
                if (!named) {
                    return "field " + field + " not named";
                }
            }
            text = a.body();
        } else {
            if (a.contentType() == null || !a.contentType().startsWith("text/html")) {
                return "not a page: " + a.contentType();
            }
            Document page = Jsoup.parse(a.body());
            text = page.body() == null ? "" : page.body().text();
            var title = page.selectFirst("#error-title");
            boolean formWithMessage = page.selectFirst(".is-invalid") != null
                    && page.select(".invalid-feedback, .alert-danger").stream()
                            .anyMatch(e -> !e.text().isBlank());
            if (title == null && !formWithMessage) {
                return "neither the error page nor the form with a field message";
            }
            if (title != null) {
                if (!titles.contains(title.text())) {
                    return "title not Indonesian: " + title.text();
                }
                if (page.selectFirst("footer") == null) {
                    return "error page without the app frame";
                }
                if (field != null && !page.select("#error-text").text().contains("\"" + field + "\"")) {
                    return "field " + field + " not named: "
                            + page.select("#error-text").text();
                }
            }
        }
        for (String english : ENGLISH) {
            if (text.contains(english)) {
                return "English framework text \"" + english + "\"";
            }
        }
        for (String word : text.split("[\\s\"“”(),:;]+")) {
            String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (keys.contains(w)) {
                return "raw message key " + w;
            }
        }
        return null;
    }

    private Answer send(Map<String, Object> r) throws Exception {
        String method = (String) r.get("method");
        String path = (String) r.get("path");
        String user = (String) r.get("as");
        String auth = (String) r.get("auth");
        String body = (String) r.get("body");
        String contentType = (String) r.get("contentType");
        Map<String, String> headers = new LinkedHashMap<>();
        if (r.get("headers") instanceof Map<?, ?> h) {
            h.forEach((k, v) -> headers.put((String) k, (String) v));
        }
        if (r.get("accept") != null) {
            headers.put("Accept", (String) r.get("accept"));
        } else if (path.startsWith("/api/")) {
            headers.put("Accept", "application/json");
        } else {
            headers.put("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        if ("bearer".equals(auth)) {
            headers.put("Authorization", "Bearer " + token(user));
        } else if ("session".equals(auth)) {
            client = session(user);
        }
        if (Boolean.TRUE.equals(r.get("csrf"))) {
            String token = csrf.get(user);
            if (contentType != null && contentType.startsWith(FORM) && body != null) {
                body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
            } else {
                headers.put("X-CSRF-TOKEN", token);
            }
        }
        if (r.get("oversize") instanceof Number size) {
            return oversized(method, path, headers, size.longValue(), "session".equals(auth) ? cookie(user) : null);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(b::header);
        HttpResponse<String> res = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(
                res.statusCode(),
                res.headers().firstValue("Content-Type").orElse(null),
                res.headers().firstValue("Location").orElse(null),
                res.body());
    }

    static final String FORM = "application/x-www-form-urlencoded";

    /**
     * An upload that declares more bytes than the limit: only its head is sent (the server must refuse on the declared
     * length, before reading it), over a plain socket, since an HTTP client would insist on sending all of it.
     */
    private Answer oversized(String method, String path, Map<String, String> headers, long size, String cookie)
            throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            StringBuilder head =
                    new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (cookie != null) {
                head.append("Cookie: ").append(cookie).append("\r\n");
            }
            head.append("Content-Length: ").append(size).append("\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            String part = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\ntanggal,pembayar,jumlah,referensi\r\n";
            out.write(part.getBytes(StandardCharsets.UTF_8));
            out.write(new byte[64 * 1024]);
            out.flush();
            InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            String text = "";
            int end = -1;
            while (end < 0) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                buffer.write(c);
                text = buffer.toString(StandardCharsets.UTF_8);
                end = text.indexOf("\r\n\r\n");
            }
            String[] lines = text.substring(0, Math.max(end, 0)).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            String type = null;
            String location = null;
            boolean chunked = false;
            long length = -1;
            for (String line : lines) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    type = line.substring(13).strip();
                } else if (lower.startsWith("location:")) {
                    location = line.substring(9).strip();
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(line.substring(15).strip());
                }
            }
            // read the body by its length or up to the last chunk: the server may keep the connection open
            java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
            while (length < 0 || content.size() < length) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                content.write(c);
                if (chunked
                        && c == '\n'
                        && content.toString(StandardCharsets.UTF_8).endsWith("\r\n0\r\n\r\n")) {
                    break;
                }
            }
            String body = chunked ? unchunk(content.toByteArray()) : content.toString(StandardCharsets.UTF_8);
            return new Answer(status, type, location, body);
        }
    }

    private static String unchunk(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < body.length) {
            int eol = i;
            while (eol + 1 < body.length && !(body[eol] == '\r' && body[eol + 1] == '\n')) {
                eol++;
            }
            int len = Integer.parseInt(new String(body, i, eol - i, StandardCharsets.US_ASCII).strip(), 16);
            if (len == 0) {
                break;
            }
            out.write(body, eol + 2, Math.min(len, body.length - eol - 2));
            i = eol + 2 + len + 2;
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private String token(String user) {
        return bearer.computeIfAbsent(user, u -> accounts.signedIn(u, () -> tokens.create("Korpus masukan buruk")));
    }

    private final Map<String, CookieManager> cookies = new HashMap<>();

    private String cookie(String user) {
        return cookies.get(user).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> "JSESSIONID=" + c.getValue())
                .findFirst()
                .orElseThrow();
    }

    private HttpClient session(String user) throws Exception {
        if (user == null) {
            return HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        HttpClient existing = sessions.get(user);
        if (existing != null) {
            return existing;
        }
        accounts.ensure(user);
        CookieManager jar = new CookieManager();
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(jar)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String loginPage = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String token =
                Jsoup.parse(loginPage).selectFirst("form input[name=_csrf]").attr("value");
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> signed = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", FORM)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signed.statusCode()).as("sign-in of %s", user).isEqualTo(302);
        String home = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        csrf.put(user, Jsoup.parse(home).selectFirst("meta[name=_csrf]").attr("content"));
        sessions.put(user, client);
        cookies.put(user, jar);
        return client;
    }

    private Map<String, Long> counts() {
        List<String> tables = jdbc.sql("""
                        select lower(table_name) from information_schema.tables
                        where lower(table_schema) = lower(?) and table_type in ('BASE TABLE', 'TABLE')
                        """)
                .param(TestDatabase.isPostgres() ? TestDatabase.SCHEMA : "public")
                .query(String.class)
                .list();
        assertThat(tables).contains("participant", "payment", "claim");
        Map<String, Long> counts = new TreeMap<>();
        for (String t : tables) {
            if (!NOT_BUSINESS.contains(t)) {
                counts.put(
                        t,
                        jdbc.sql("select count(*) from " + t).query(Long.class).single());
            }
        }
        return counts;
    }

    /** Every message key of the bundles: none may stand in an answer instead of its sentence. */
    static Set<String> messageKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Properties p : bundles("classpath*:messages*.properties", "classpath*:i18n/*.properties")) {
            for (String k : p.stringPropertyNames()) {
                if (k.contains(".")) {
                    keys.add(k);
                }
            }
        }
        return keys;
    }

    /** The Indonesian titles of the error answers. */
    static Set<String> indonesianTitles() throws IOException {
        Properties id = new Properties();
        try (InputStream in = BadRequestCorpusIT.class.getResourceAsStream("/messages.properties")) {
            id.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> titles = new TreeSet<>();
        for (String k : id.stringPropertyNames()) {
            if (k.matches("error\\.\\d{3}\\.title") || k.equals("error.title")) {
                titles.add(id.getProperty(k));
            }
        }
        return titles;
    }

    private static List<Properties> bundles(String... patterns) throws IOException {
        List<Properties> all = new ArrayList<>();
        var resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : patterns) {
            for (Resource r : resolver.getResources(pattern)) {
                Properties p = new Properties();
                try (InputStream in = r.getInputStream()) {
                    p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
                all.add(p);
            }
        }
        return all;
    }

    private static String shorten(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }
}
