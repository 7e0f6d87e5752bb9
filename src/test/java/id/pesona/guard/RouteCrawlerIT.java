package id.pesona.guard;

import static org.assertj.core.api.Assertions.assertThat;

import id.pesona.access.TestAccounts;
import id.pesona.document.Spreadsheet;
import id.pesona.support.IntegrationTest;
import id.pesona.support.TestDatabase;
import java.io.IOException;
import java.net.CookieManager;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Opens every GET route of the application (from the request mappings, so a new page is crawled without anyone adding
 * it here) as every role and anonymously, over real HTTP with sign-in through the login form, and checks what a user
 * would see: no server error, no English framework text, a refused or missing page is the Indonesian error page, and
 * every POST form on a rendered page carries its CSRF token (htmx requests get theirs from the meta tags that app.js
 * reads), and every PDF, spreadsheet or CSV downloaded leaves an EXPORT line in the audit trail. A second pass sends a nonsense value for every optional parameter. The route × role table is written to
 * {@code target/route-crawl-<database>.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteCrawlerIT extends IntegrationTest {

    /** The crawling accounts: role label → username (null: anonymous). {@code DESA-lain} is a village not its own. */
    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("ADMIN", "t.admin");
        ROLES.put("BPJS", "t.bpjs");
        ROLES.put("PIMPINAN", "t.pimpinan");
        ROLES.put("CAMAT", "t.jelajah.camat");
        ROLES.put("DESA", "t.jelajah.desa");
        ROLES.put("DESA-lain", "t.desa");
        ROLES.put("anonim", null);
        // the admin once more, in English (the cookie the ID | EN switch sets): "year 2,026" is as wrong as "2.026"
        ROLES.put("ADMIN-en", "t.admin");
    }

    /** Text that only a framework writes: it must never reach a user's page. */
    private static final List<String> FRAMEWORK_TEXT = List.of(
            "Whitelabel",
            "Exception",
            "Failed to convert",
            "Required parameter",
            "Required request parameter",
            "Forbidden",
            "Internal Server Error",
            "Bad Request",
            "Not Found",
            "Method Not Allowed",
            "There was an unexpected error",
            "at id.pesona",
            "org.springframework",
            "java.lang",
            "??",
            "null");

    /** Values for required request parameters, by name. A new required parameter fails the crawl until added here. */
    private static final Map<String, String> PARAMETERS = Map.of(
            "wilayah",
            CrawlFixture.VILLAGE_DOTTED,
            "village",
            CrawlFixture.VILLAGE_DOTTED,
            "region",
            CrawlFixture.VILLAGE_DOTTED,
            "month",
            "2025-11",
            "date",
            "2025-12-19",
            "year",
            "2025");

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    /** "tahun 2.026", "year 2,026", "TA 2.025": a year that went through a number format. */
    private static final Pattern GROUPED_YEAR =
            Pattern.compile("(?i)\\b(tahun|year|TA|anggaran|budget|for)\\s+[12][.,]\\d{3}(?![\\d.,]\\d)");

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9_]{3,}\\b");

    /**
     * Codes a user must never read: constants of the application's enums, and anything written with an underscore.
     * Terms the programme itself writes in capitals (BPJS, JKK, AKTIF, MENUNGGAK, ...) are words, not codes.
     */
    private static final java.util.Set<String> TERMS = java.util.Set.of(
            "BPJS",
            "JKK",
            "JKM",
            "BPU",
            "PPU",
            "AKTIF",
            "MENUNGGAK",
            "NONAKTIF",
            "APBDES",
            "KPJ",
            "NIK",
            "STMB",
            "MONEV",
            "PARITRANA",
            "DESA",
            "CAMAT",
            "ADMIN",
            "PIMPINAN",
            "TERHAMBAT",
            "DILAPORKAN",
            "DITANGGUNG",
            "DIBAYAR",
            "DITOLAK",
            "KECAMATAN",
            "KABUPATEN",
            "KELURAHAN",
            "PROVINSI",
            "LOGIN",
            "CREATE",
            "UPDATE",
            "DELETE",
            "EXPORT",
            "LOCK",
            "SELESAI",
            "GAGAL",
            "PERAWATAN",
            "MENINGGAL",
            "TAGIHAN",
            "LAPORAN",
            // the columns of the payment file, which the user writes in capitals
            "TANGGAL",
            "PEMBAYAR",
            "JUMLAH",
            "REFERENSI",
            "KETERANGAN");

    private final java.util.Set<String> rawCodes = PageText.enumConstants("id.pesona", TERMS);

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, HttpClient> clients = new LinkedHashMap<>();
    private Map<String, String> ids;
    private List<Route> routes;

    record Route(String pattern, HandlerMethod handler) {}

    record Visit(String role, String url, int status, String problem) {}

    @BeforeAll
    void signInEveryRole() throws Exception {
        ids = CrawlFixture.load(jdbc, accounts.idOf("t.jelajah.desa"));
        for (var role : ROLES.entrySet()) {
            CookieManager cookies = new CookieManager();
            if (role.getKey().endsWith("-en")) {
                java.net.HttpCookie lang = new java.net.HttpCookie("pesona-lang", "en");
                lang.setPath("/");
                lang.setVersion(0);
                cookies.getCookieStore().add(URI.create("http://localhost:" + port + "/"), lang);
            }
            HttpClient client = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            if (role.getValue() != null) {
                signIn(client, role.getValue());
            }
            clients.put(role.getKey(), client);
        }
        routes = getRoutes();
    }

    @Test
    void everyGetRouteAnswersEveryRoleInIndonesianWithoutServerErrors() throws Exception {
        List<Visit> visits = new ArrayList<>();
        Map<String, Map<String, String>> table = new TreeMap<>();
        for (Route route : routes) {
            String url = url(route);
            for (var role : clients.entrySet()) {
                Visit visit = visit(role.getKey(), role.getValue(), url);
                visits.add(visit);
                table.computeIfAbsent(route.pattern(), k -> new LinkedHashMap<>())
                        .put(role.getKey(), Integer.toString(visit.status()));
            }
        }
        write("route-crawl", table, visits);
        assertThat(routes).hasSizeGreaterThan(40);
        assertThat(visits.stream().filter(v -> v.problem() != null).map(Visit::toString))
                .as("routes with a problem (route-crawl table in target/)")
                .isEmpty();
    }

    @Test
    void nonsenseInOptionalParametersIsAnIndonesianAnswerNotAServerError() throws Exception {
        List<Visit> visits = new ArrayList<>();
        Map<String, Map<String, String>> table = new TreeMap<>();
        for (Route route : routes) {
            for (String name : optionalParameters(route.handler())) {
                String url = url(route) + (url(route).contains("?") ? "&" : "?") + name + "=" + enc("x'<1>");
                for (String role : List.of("ADMIN", "DESA")) {
                    Visit visit = visit(role, clients.get(role), url);
                    visits.add(visit);
                    table.computeIfAbsent(route.pattern() + "?" + name, k -> new LinkedHashMap<>())
                            .put(role, Integer.toString(visit.status()));
                }
            }
        }
        write("route-crawl-nonsense", table, visits);
        assertThat(visits).isNotEmpty();
        assertThat(visits.stream().filter(v -> v.problem() != null).map(Visit::toString))
                .as("routes with a problem on a nonsense parameter (route-crawl-nonsense table in target/)")
                .isEmpty();
    }

    /**
     * What a user reaches by a typo, an old bookmark or a reload: an address nobody serves, a record id that is no
     * number, a form's address opened by GET. Each an Indonesian page (or an API problem document), never English JSON.
     */
    @Test
    void unknownAddressesBadIdsAndFormAddressesOpenedByALinkAreIndonesianPages() throws Exception {
        List<String> urls = new ArrayList<>(List.of("/tidak-ada", "/peserta/tidak/ada", "/api/v1/tidak-ada"));
        for (Route route : routes) {
            if (route.pattern().contains("{")) {
                urls.add(VARIABLE.matcher(route.pattern()).replaceAll("abc"));
            }
        }
        for (Route route : routes(false)) {
            // refused by method before any handler runs: which record does not matter
            urls.add(VARIABLE.matcher(route.pattern()).replaceAll("1"));
        }
        List<Visit> visits = new ArrayList<>();
        Map<String, Map<String, String>> table = new TreeMap<>();
        for (String url : urls.stream().distinct().toList()) {
            for (String role : List.of("ADMIN", "DESA", "ADMIN-en")) {
                Visit visit = visit(role, clients.get(role), url);
                visits.add(visit);
                table.computeIfAbsent(url, k -> new LinkedHashMap<>()).put(role, Integer.toString(visit.status()));
            }
        }
        write("route-crawl-stray", table, visits);
        assertThat(visits.stream().filter(v -> v.status() == 405)).isNotEmpty();
        assertThat(visits.stream().filter(v -> v.problem() != null).map(Visit::toString))
                .as("stray addresses with a problem (route-crawl-stray table in target/)")
                .isEmpty();
    }

    /**
     * Downloads that are not personal data, so they need no line in the audit trail: the empty import template and the
     * letterhead's sample letter. Every other PDF, spreadsheet or CSV a signed-in user downloads is an export (UU 27/2022 PDP).
     */
    private static final List<String> UNAUDITED_DOWNLOADS = List.of("/templat.xlsx", "/kop-surat/pratinjau.pdf");

    private Visit visit(String role, HttpClient client, String url) throws IOException, InterruptedException {
        long exportsBefore = exports();
        HttpResponse<byte[]> response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + url))
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                        .header("Accept-Language", role.endsWith("-en") ? "en" : "id-ID,id;q=0.9")
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        Optional<String> problem = problem(role, url, status, type, response);
        if (problem.isEmpty() && status == 200 && isDownload(type) && !unaudited(url) && exports() == exportsBefore) {
            problem = Optional.of("download of " + type + " without an EXPORT line in the audit trail");
        }
        return new Visit(role, url, status, problem.orElse(null));
    }

    private static boolean isDownload(String type) {
        return type.startsWith("application/pdf")
                || type.startsWith(Spreadsheet.CONTENT_TYPE)
                || type.startsWith("text/csv");
    }

    private static boolean unaudited(String url) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return UNAUDITED_DOWNLOADS.stream().anyMatch(path::endsWith);
    }

    private long exports() {
        return jdbc.sql("select count(*) from audit_event where action = 'EXPORT'")
                .query(Long.class)
                .single();
    }

    /** What is wrong with an answer, if anything. */
    private Optional<String> problem(String role, String url, int status, String type, HttpResponse<byte[]> response) {
        if (status >= 500) {
            return Optional.of("server error " + status);
        }
        if ("anonim".equals(role) && status == 302) {
            String location = response.headers().firstValue("Location").orElse("");
            return location.endsWith("/login") ? Optional.empty() : Optional.of("anonymous redirected to " + location);
        }
        if ("anonim".equals(role) && status == 401 && url.startsWith("/api/")) {
            return Optional.empty();
        }
        if (type.startsWith("application/pdf") && status == 200) {
            return textProblem(PageText.ofPdf(response.body()));
        }
        if (type.startsWith(Spreadsheet.CONTENT_TYPE) && status == 200) {
            return textProblem(PageText.ofXlsx(response.body()));
        }
        if (!type.startsWith("text/html")) {
            // a refusal in a browser (also of a PDF or xlsx link) is a page; the API answers problem documents
            boolean api = url.startsWith("/api/");
            return status < 400 || (api && type.startsWith("application/problem+json")) || (api && status == 403)
                    ? Optional.empty()
                    : Optional.of(status + " " + type + " instead of the error page");
        }
        Document page = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
        String text = page.text();
        for (String framework : FRAMEWORK_TEXT) {
            if (text.contains(framework)) {
                return Optional.of("framework text \"" + framework + "\" in: " + around(text, framework));
            }
        }
        Optional<String> words = textProblem(PageText.visible(page));
        if (words.isPresent()) {
            return words;
        }
        // a form shown again with its field marked and the Indonesian message beside it is the answer to a bad value
        boolean formWithFieldError = status == 400
                && page.selectFirst(".is-invalid") != null
                && !page.select(".invalid-feedback, .alert-danger").isEmpty();
        if (status >= 400 && !formWithFieldError) {
            Element title = page.selectFirst("#error-title");
            if (title == null || !title.text().equals(errorTitle(status, role.endsWith("-en")))) {
                return Optional.of(status + " without the Indonesian error page: " + page.title());
            }
        }
        return csrfProblem(page);
    }

    /** A year printed as a number ("tahun 2.026"), or a code where the user should read a word ("API_TOKEN"). */
    private Optional<String> textProblem(String text) {
        Matcher year = GROUPED_YEAR.matcher(text);
        if (year.find()) {
            return Optional.of("year with a thousands separator: " + around(text, year.group()));
        }
        Matcher word = CODE.matcher(text);
        while (word.find()) {
            if (word.group().contains("_") || rawCodes.contains(word.group())) {
                return Optional.of("raw code " + word.group() + " in: " + around(text, word.group()));
            }
        }
        return Optional.empty();
    }

    /** Every POST form carries the CSRF token; a page with htmx writes has the meta tags app.js sends as a header. */
    static Optional<String> csrfProblem(Document page) {
        for (Element form : page.select("form")) {
            if ("post".equalsIgnoreCase(form.attr("method"))
                    && form.select("input[type=hidden][name=_csrf]").isEmpty()) {
                return Optional.of("POST form without _csrf: " + form.attr("action") + " " + form.id());
            }
        }
        boolean htmxWrites =
                !page.select("[hx-post], [hx-put], [hx-patch], [hx-delete]").isEmpty();
        if (htmxWrites
                && (page.selectFirst("meta[name=_csrf][content~=.+]") == null
                        || page.selectFirst("meta[name=_csrf_header][content~=.+]") == null
                        || page.selectFirst("script[src*=/js/app.js]") == null)) {
            return Optional.of("htmx writes without the CSRF meta tags and app.js");
        }
        return Optional.empty();
    }

    private static String errorTitle(int status, boolean english) {
        if (english) {
            return switch (status) {
                case 400 -> "Bad request";
                case 403 -> "Access denied";
                case 404 -> "Not found";
                case 405 -> "This address is not a page";
                default -> "Something went wrong";
            };
        }
        return switch (status) {
            case 400 -> "Permintaan tidak sah";
            case 403 -> "Akses ditolak";
            case 404 -> "Tidak ditemukan";
            case 405 -> "Alamat ini bukan halaman";
            default -> "Terjadi kesalahan";
        };
    }

    private static String around(String text, String needle) {
        int i = text.indexOf(needle);
        return text.substring(Math.max(0, i - 80), Math.min(text.length(), i + needle.length() + 80));
    }

    /** The GET routes of the application's own controllers (not the framework's error and API-doc endpoints). */
    private List<Route> getRoutes() {
        return routes(true);
    }

    /** The application's routes that answer GET ({@code true}) or only other methods ({@code false}). */
    private List<Route> routes(boolean get) {
        List<Route> list = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            var methods = info.getMethodsCondition().getMethods();
            if (get != (methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                continue;
            }
            if (!e.getValue().getBeanType().getPackageName().startsWith("id.pesona")) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                list.add(new Route(pattern, e.getValue()));
            }
        }
        list.sort(java.util.Comparator.comparing(Route::pattern));
        return list;
    }

    /** The route with its path variables filled from the fixture and its required parameters given. */
    private String url(Route route) {
        Matcher m = VARIABLE.matcher(route.pattern());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(enc(variable(route.pattern(), m.group(1)))));
        }
        m.appendTail(path);
        List<String> query = new ArrayList<>();
        for (MethodParameter p : route.handler().getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp != null && rp.required() && ValueConstants.DEFAULT_NONE.equals(rp.defaultValue())) {
                String name = name(rp, p);
                String value = PARAMETERS.get(name);
                assertThat(value)
                        .as("a value for the required parameter '%s' of %s (add it to PARAMETERS)", name, route)
                        .isNotNull();
                query.add(name + "=" + enc(value));
            }
        }
        return path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    private static List<String> optionalParameters(HandlerMethod handler) {
        List<String> names = new ArrayList<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            Class<?> type = p.getParameterType();
            boolean simple = type == String.class
                    || type.isPrimitive()
                    || Number.class.isAssignableFrom(type)
                    || type.isEnum()
                    || type.getPackageName().equals("java.time");
            if (rp != null && simple && (!rp.required() || !ValueConstants.DEFAULT_NONE.equals(rp.defaultValue()))) {
                names.add(name(rp, p));
            }
        }
        return names;
    }

    private static String name(RequestParam rp, MethodParameter p) {
        return !rp.name().isEmpty() ? rp.name() : p.getParameterName();
    }

    /** The fixture record a path variable names, told apart by the route (ids of different tables share a name). */
    private String variable(String pattern, String name) {
        if (name.equals("code")) {
            return ids.get("region");
        }
        if (pattern.contains("/exit-requests/")) {
            return Long.toString(jdbc.sql("select coalesce(min(id), 0) from exit_request")
                    .query(Long.class)
                    .single());
        }
        if (pattern.contains("/kop-surat/")) {
            return Long.toString(jdbc.sql("select coalesce(min(id), 0) from letterhead where logo is not null")
                    .query(Long.class)
                    .single());
        }
        String kind;
        if (pattern.contains("/tenggat/")) {
            kind = "deadline";
        } else if (pattern.contains("/pembayar/") || pattern.contains("/payers/")) {
            kind = "payer";
        } else if (pattern.contains("/impor/") || pattern.contains("/imports/")) {
            kind = "batch";
        } else if (pattern.contains("/serah-terima/") || pattern.contains("/handovers/")) {
            kind = "handover";
        } else if (pattern.contains("/laporan/") || pattern.contains("/reports/")) {
            kind = "report";
        } else if (pattern.contains("/pengguna/") || pattern.contains("/users/")) {
            kind = "user";
        } else if (pattern.contains("/klaim/") || pattern.contains("/claims/")) {
            kind = "claim";
        } else if (pattern.contains("/peserta/") || pattern.contains("/participants/")) {
            kind = "participant";
        } else {
            throw new AssertionError("No fixture for {" + name + "} in " + pattern + ": add one to CrawlFixture");
        }
        return ids.get(kind);
    }

    private void signIn(HttpClient client, String username) throws Exception {
        accounts.ensure(username);
        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String token =
                Jsoup.parse(login.body()).selectFirst("form input[name=_csrf]").attr("value");
        String form = "username=" + enc(username) + "&password=" + enc(TestAccounts.PASSWORD) + "&_csrf=" + enc(token);
        HttpResponse<String> signed = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signed.statusCode()).as("sign-in of %s", username).isEqualTo(302);
        assertThat(signed.headers().firstValue("Location").orElse(""))
                .as("sign-in of %s", username)
                .endsWith("/");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void write(String name, Map<String, Map<String, String>> table, List<Visit> visits)
            throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-48s", "route"));
        ROLES.keySet().forEach(r -> out.append(String.format("%10s", r)));
        out.append('\n');
        table.forEach((route, statuses) -> {
            out.append(String.format("%-48s", route));
            ROLES.keySet().forEach(r -> out.append(String.format("%10s", statuses.getOrDefault(r, ""))));
            out.append('\n');
        });
        out.append("\nproblems:\n");
        visits.stream()
                .filter(v -> v.problem() != null)
                .forEach(v -> out.append(v).append('\n'));
        Path dir = Path.of("target");
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve(name + "-" + (TestDatabase.isPostgres() ? "postgresql" : "h2") + ".txt"), out.toString());
    }
}
