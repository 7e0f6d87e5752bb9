package id.pesona.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import id.pesona.support.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix (issue #13): every request mapping of the application × every role and anonymous, with ids
 * and regions inside and outside the account's scope. The rows are in {@code src/test/resources/authorization-matrix.txt}
 * (one per method and pattern: who may, and the request to send); the mappings come from the running application, so
 * an endpoint added without a row fails the build, and so does a row whose endpoint is gone.
 *
 * <p>What is asserted: a role the row allows is never refused (not 401/403, no server error); any other role gets 403;
 * anonymous gets 401 on the API and the sign-in page on pages; every role the row allows gets 403 — never 200 with an
 * empty answer — when the region or record of the request lies outside its scope. The accounts: ADMIN, BPJS and PIMPINAN
 * cover the regency 72.09 (outside: Kabupaten Sigi, 72.10); CAMAT Kecamatan Una Una 72.09.01 and DESA Desa
 * Lembanya 72.09.01.2010 (outside: Desa Biga, 72.09.09.2001, Kecamatan Walea Besar, with a record of every kind). The
 * table of answers is written to {@code target/authorization-matrix-<database>.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT extends IntegrationTest {

    static final List<String> ROLES = List.of("ADMIN", "BPJS", "PIMPINAN", "CAMAT", "DESA");
    static final String ANONYMOUS = "anonim";

    private static final Map<String, String> USERS = Map.of(
            "ADMIN", "t.admin",
            "BPJS", "t.bpjs",
            "PIMPINAN", "t.pimpinan",
            "CAMAT", "t.jelajah.camat",
            "DESA", "t.matriks.desa");

    static final String INSIDE = "7209012010";
    static final String OUTSIDE = "7209092001";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final String MATRIX = "authorization-matrix.txt";

    @Autowired
    TestAccounts accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Row(int line, String key, Set<String> allowed, boolean anonymous, String request) {}

    record Answer(String row, String role, String pass, int status, String problem) {}

    private List<Row> rows;
    private Map<String, String> inside;
    private final Map<String, Map<String, String>> outside = new LinkedHashMap<>();

    @BeforeAll
    void load() throws IOException {
        rows = readMatrix();
        long desa = accounts.idOf("t.matriks.desa");
        USERS.values().forEach(accounts::ensure);
        inside = new LinkedHashMap<>(fixture(desa, INSIDE));
        // an import batch is its uploader's: the village's own operator here
        jdbc.sql("update import_batch set created_by = 't.matriks.desa' where id = ?")
                .param(Long.parseLong(inside.get("batch")))
                .update();
        inside.put("kecamatan", "72.09.01");
        inside.put("user", Long.toString(desa));
        inside.put("token", "0"); // a token is its owner's alone: none of these accounts has one
        inside.put("scenario", Long.toString(firstId("monev_scenario")));
        inside.put("letterhead", Long.toString(firstId("letterhead")));
        inside.put("payment", Long.toString(paymentInside()));
        Map<String, String> village = new LinkedHashMap<>(fixture(desa, OUTSIDE));
        village.put("kecamatan", "72.09.09");
        village.keySet().removeAll(Set.of("user"));
        Map<String, String> regency = Map.of("region", "72.10.01.2001", "kecamatan", "72.10.01");
        outside.put("ADMIN", regency);
        outside.put("BPJS", regency);
        outside.put("PIMPINAN", regency);
        outside.put("CAMAT", village);
        outside.put("DESA", village);
    }

    @Test
    void everyRequestMappingHasARowAndEveryRowAMapping() {
        Set<String> mapped = mappedKeys();
        Set<String> listed = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        for (Row r : rows) {
            if (!listed.add(r.key())) {
                twice.add(r.key() + " (line " + r.line() + ")");
            }
        }
        Set<String> missing = new TreeSet<>(mapped);
        missing.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(mapped);
        assertThat(missing)
                .as("endpoints without a row in src/test/resources/" + MATRIX
                        + ": add one per endpoint saying which roles may call it and the request to send"
                        + " (with {region}, {participant}, ... where the scope applies)")
                .isEmpty();
        assertThat(stale)
                .as("rows of " + MATRIX + " whose endpoint no longer exists: remove or correct them")
                .isEmpty();
        assertThat(twice).as("endpoints listed twice in " + MATRIX).isEmpty();
        assertThat(mapped).hasSizeGreaterThan(100);
    }

    @Test
    void everyRoleIsAllowedOrRefusedAsItsRowSays() throws Exception {
        List<Answer> answers = new ArrayList<>();
        for (Row row : rows) {
            for (String role : ROLES) {
                answers.add(check(
                        row,
                        role,
                        "inside",
                        inside,
                        row.anonymous() || row.allowed().contains(role)));
            }
            answers.add(check(row, ANONYMOUS, "inside", inside, row.anonymous()));
        }
        write("authorization-matrix", answers);
        assertThat(answers.stream().filter(a -> a.problem() != null).map(Answer::toString))
                .as("answers against the matrix (table in target/authorization-matrix-*.txt)")
                .isEmpty();
    }

    @Test
    void everyAllowedRoleIsRefusedOutsideItsScope() throws Exception {
        List<Answer> answers = new ArrayList<>();
        int scoped = 0;
        for (Row row : rows) {
            Set<String> names = placeholders(row.request());
            for (String role : ROLES) {
                if (!row.allowed().contains(role) || names.stream().noneMatch(outside.get(role)::containsKey)) {
                    continue;
                }
                scoped++;
                Map<String, String> values = new LinkedHashMap<>(inside);
                values.putAll(outside.get(role));
                MockHttpServletResponse r = send(row, role, values);
                String problem = r.getStatus() == 403
                        ? null
                        : "expected 403 outside the scope, got " + r.getStatus() + " " + brief(r);
                answers.add(new Answer(row.key(), role, "outside", r.getStatus(), problem));
            }
        }
        write("authorization-matrix-outside", answers);
        assertThat(scoped).as("requests outside the scope").isGreaterThan(100);
        assertThat(answers.stream().filter(a -> a.problem() != null).map(Answer::toString))
                .as("answers outside the scope (table in target/authorization-matrix-outside-*.txt)")
                .isEmpty();
    }

    /** Records named by id: one that does not exist is 404 for every role that may open the address, not 403. */
    private static final Set<String> RECORDS =
            Set.of("participant", "payer", "claim", "deadline", "batch", "handover", "report", "exit");

    @Test
    void aRecordThatDoesNotExistIsNotFound() throws Exception {
        List<Answer> answers = new ArrayList<>();
        for (Row row : rows) {
            String path = row.request().split("[ ?]")[0];
            Set<String> names = placeholders(path);
            names.retainAll(RECORDS);
            if (names.isEmpty() || !row.key().startsWith("GET ")) {
                continue;
            }
            for (String role : row.allowed()) {
                Map<String, String> values = new LinkedHashMap<>(inside);
                names.forEach(n -> values.put(n, "987654321"));
                MockHttpServletResponse r = send(row, role, values);
                String problem = r.getStatus() == 404 ? null : "expected 404, got " + r.getStatus() + " " + brief(r);
                answers.add(new Answer(row.key(), role, "missing", r.getStatus(), problem));
            }
        }
        write("authorization-matrix-missing", answers);
        assertThat(answers).hasSizeGreaterThan(50);
        assertThat(answers.stream().filter(a -> a.problem() != null).map(Answer::toString))
                .as("answers for a record that does not exist")
                .isEmpty();
    }

    private Answer check(Row row, String role, String pass, Map<String, String> values, boolean allowed)
            throws Exception {
        MockHttpServletResponse r = send(row, role, values);
        int status = r.getStatus();
        String location = r.getHeader("Location") == null ? "" : r.getHeader("Location");
        boolean api = row.key().contains(" /api/");
        boolean toLogin = status == 302 && location.endsWith("/login");
        String problem = null;
        if (status >= 500) {
            problem = "server error " + status + " " + brief(r);
        } else if (allowed) {
            if (status == 401 || status == 403 || toLogin) {
                problem = "allowed by the matrix but refused: " + status + " " + location + " " + brief(r);
            }
        } else if (ANONYMOUS.equals(role)) {
            boolean refused = api ? status == 401 : toLogin;
            if (!refused) {
                problem = "anonymous not refused (" + (api ? "401" : "302 to /login") + " expected): " + status;
            }
        } else if (status != 403) {
            problem = "refused by the matrix but answered " + status + " " + location + " " + brief(r);
        }
        return new Answer(row.key(), role, pass, status, problem);
    }

    private MockHttpServletResponse send(Row row, String role, Map<String, String> values) throws Exception {
        String method = row.key().substring(0, row.key().indexOf(' '));
        if (method.equals("ANY")) {
            // a mapping for every method (the error page): asked for as a browser would
            method = "GET";
        }
        String request = fill(row.request(), values);
        String json = null;
        String file = null;
        int space = request.indexOf(' ');
        if (space > 0) {
            String extra = request.substring(space + 1);
            request = request.substring(0, space);
            if (extra.startsWith("json=")) {
                json = extra.substring(5);
            } else if (extra.startsWith("file=")) {
                file = extra.substring(5);
            } else {
                throw new AssertionError("unknown request part '" + extra + "' in " + row);
            }
        }
        AbstractMockHttpServletRequestBuilder<?> b;
        if (file != null) {
            b = MockMvcRequestBuilders.multipart(request)
                    .file(new MockMultipartFile("file", file, "text/csv", new byte[0]));
        } else {
            b = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), request);
        }
        boolean api = request.startsWith("/api/");
        b.accept(api ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (json != null) {
            b.contentType(MediaType.APPLICATION_JSON).content(json);
        } else if (!"GET".equals(method) && file == null) {
            b.contentType(MediaType.APPLICATION_FORM_URLENCODED);
        }
        if (!"GET".equals(method)) {
            b.with(csrf());
        }
        if (!ANONYMOUS.equals(role)) {
            b.with(accounts.as(USERS.get(role)));
        }
        return mvc.perform(b).andReturn().getResponse();
    }

    private static String brief(MockHttpServletResponse r) {
        try {
            String body = r.getContentAsString(StandardCharsets.UTF_8);
            String detail = r.getErrorMessage() != null ? r.getErrorMessage() : body;
            detail = detail.replaceAll("\\s+", " ");
            return detail.substring(0, Math.min(160, detail.length()));
        } catch (Exception e) {
            return "";
        }
    }

    private String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new AssertionError("no value for {" + m.group(1) + "} in " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** "METHOD pattern" of every mapping of the application's own controllers. */
    private Set<String> mappedKeys() {
        Set<String> keys = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("id.pesona")) {
                continue;
            }
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                if (methods.isEmpty()) {
                    keys.add("ANY " + pattern);
                }
                methods.forEach(m -> keys.add(m.name() + " " + pattern));
            }
        }
        return keys;
    }

    /**
     * The rows: {@code METHOD pattern | roles | request}. Roles: names from {@link #ROLES}, {@code ALL} (every signed-in
     * role) or {@code PUBLIC} (anonymous too), {@code NONE} (nobody: the endpoint refuses every role here). The
     * request: path and query with placeholders, then optionally {@code json=...} (a JSON body) or {@code file=name}
     * (an empty upload); a POST's query is its form.
     */
    private static List<Row> readMatrix() throws IOException {
        List<Row> list = new ArrayList<>();
        try (InputStream in = AuthorizationMatrixIT.class.getClassLoader().getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX + " on the test classpath").isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\s*\\|\\s*", -1);
                assertThat(cells)
                        .as("line %d of %s: METHOD pattern | roles | request", i + 1, MATRIX)
                        .hasSize(3);
                Set<String> allowed = new LinkedHashSet<>();
                boolean anonymous = false;
                for (String role : cells[1].split("\\s+")) {
                    switch (role) {
                        case "PUBLIC" -> {
                            anonymous = true;
                            allowed.addAll(ROLES);
                        }
                        case "ALL" -> allowed.addAll(ROLES);
                        case "NONE" -> {}
                        default -> {
                            assertThat(ROLES)
                                    .as("role on line %d of %s", i + 1, MATRIX)
                                    .contains(role);
                            allowed.add(role);
                        }
                    }
                }
                list.add(new Row(i + 1, cells[0].replaceAll("\\s+", " "), allowed, anonymous, cells[2]));
            }
        }
        return list;
    }

    private Map<String, String> fixture(long userId, String village) {
        Map<String, String> ids = CrawlFixture.createIn(jdbc, userId, village);
        ids.put("exit", Long.toString(exitRequest(Long.parseLong(ids.get("participant")), village)));
        return ids;
    }

    private long exitRequest(long participant, String village) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into exit_request (participant_id, open_participant_id, village_code, reason, exit_on,
                            state, requested_by, requested_at)
                        values (?, ?, ?, 'PINDAH', date '2025-12-01', 'DIAJUKAN', 'uji', ?)
                        """)
                .params(participant, participant, village, OffsetDateTime.parse("2025-12-01T01:00:00Z"))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private long firstId(String table) {
        return jdbc.sql("select coalesce(min(id), 0) from " + table)
                .query(Long.class)
                .single();
    }

    private long paymentInside() {
        return jdbc.sql("select coalesce(min(pm.id), 0) from payment pm join payer py on py.id = pm.payer_id"
                        + " where py.region_code = ?")
                .param(INSIDE)
                .query(Long.class)
                .single();
    }

    private static void write(String name, List<Answer> answers) throws IOException {
        Map<String, Map<String, String>> table = new TreeMap<>();
        for (Answer a : answers) {
            table.computeIfAbsent(a.row(), k -> new LinkedHashMap<>())
                    .put(a.role(), a.status() + (a.problem() == null ? "" : "!"));
        }
        List<String> columns = new ArrayList<>(ROLES);
        columns.add(ANONYMOUS);
        StringBuilder out = new StringBuilder(String.format("%-56s", "endpoint"));
        columns.forEach(c -> out.append(String.format("%10s", c)));
        out.append('\n');
        table.forEach((row, statuses) -> {
            out.append(String.format("%-56s", row));
            columns.forEach(c -> out.append(String.format("%10s", statuses.getOrDefault(c, ""))));
            out.append('\n');
        });
        out.append("\n! = against the matrix\n");
        answers.stream()
                .filter(a -> a.problem() != null)
                .forEach(a -> out.append(a).append('\n'));
        Path dir = Path.of("target");
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve(name + "-" + (TestDatabase.isPostgres() ? "postgresql" : "h2") + ".txt"), out.toString());
    }
}
