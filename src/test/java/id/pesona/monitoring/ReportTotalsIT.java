package id.pesona.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.contribution.StatusFixture;
import id.pesona.support.IntegrationTest;
import id.pesona.support.XlsxText;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every report's columns add up: in the monev report, the Paritrana pack and the kecamatan and village reports (PDF and
 * .xlsx), and on the monev dashboard and arrears panel, each column of the rows sums to the total row, the status
 * columns sum to Terdaftar on every row, and Terdaftar is the number of participants registered and not ended on the
 * date, counted directly. Stands on {@link StatusFixture} (3 December 2026, December not due yet).
 */
class ReportTotalsIT extends IntegrationTest {

    static final LocalDate DAY = StatusFixture.TODAY;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void fixture() {
        clock.set(StatusFixture.NOW);
        StatusFixture.load(context);
    }

    long registeredOn(String region) {
        String lo = region.replace(".", "");
        String hi = lo.substring(0, lo.length() - 1) + (char) (lo.charAt(lo.length() - 1) + 1);
        return jdbc.sql("""
                        select count(*) from participant where village_code >= ? and village_code < ?
                          and registered_on <= ? and (ended_on is null or ended_on >= ?)
                        """).params(lo, hi, DAY, DAY).query(Long.class).single();
    }

    byte[] report(String kind, String region, String format) throws Exception {
        String url = mvc.perform(post("/monev/laporan/buat")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("jenis", kind)
                        .param("wilayah", region)
                        .param("dari", "2026-01-01")
                        .param("sampai", DAY.toString())
                        .param("format", format))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        byte[] out = mvc.perform(get(url).with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "totals-" + kind.toLowerCase() + "." + format), out);
        return out;
    }

    /** A coverage row of the PDF: villages, quota, in process, registered, aktif, belum dibayar, menunggak, nonaktif. */
    record CoverageRow(String name, long[] n) {}

    static final String[] COLUMNS = {
        "desa", "kuota", "proses", "terdaftar", "aktif", "belum dibayar", "menunggak", "nonaktif", "berhenti"
    };

    static long number(String token) {
        return Long.parseLong(token.replace(".", ""));
    }

    static boolean numeric(String token) {
        return token.matches("[0-9][0-9.]*");
    }

    /** The rows of the coverage table: name, then 4 counts, an optional percentage, 5 counts and the workforce. */
    static List<CoverageRow> coverageRows(String text) {
        List<CoverageRow> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String[] t = line.trim().split(" ");
            int i = t.length - 1;
            if (i < 10 || !(numeric(t[i]) || t[i].equals("–"))) {
                continue;
            }
            i--; // workforce
            long[] tail = new long[5];
            boolean ok = true;
            for (int k = 4; k >= 0; k--, i--) {
                ok &= i >= 0 && numeric(t[i]);
                tail[k] = ok ? number(t[i]) : 0;
            }
            if (ok && t[i].equals("%")) {
                i -= 2;
            }
            long[] head = new long[4];
            for (int k = 3; k >= 0; k--, i--) {
                ok &= i >= 0 && numeric(t[i]);
                head[k] = ok ? number(t[i]) : 0;
            }
            if (!ok || i < 0) {
                continue;
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(t, 0, i + 1));
            long[] n = new long[9];
            System.arraycopy(head, 0, n, 0, 4);
            System.arraycopy(tail, 0, n, 4, 5);
            out.add(new CoverageRow(name, n));
        }
        return out;
    }

    static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("[\u00a0\u202f]", " ");
        }
    }

    void coverageAddsUp(List<CoverageRow> rows, String region) {
        assertThat(rows).as("coverage rows of " + region).hasSizeGreaterThanOrEqualTo(2);
        CoverageRow total = rows.get(rows.size() - 1);
        assertThat(total.name()).isEqualTo("Jumlah");
        for (CoverageRow r : rows) {
            long[] n = r.n();
            assertThat(n[4] + n[5] + n[6] + n[7])
                    .as(r.name() + ": aktif + belum dibayar + menunggak + nonaktif")
                    .isEqualTo(n[3]);
        }
        for (int c = 0; c < COLUMNS.length; c++) {
            final int col = c;
            long sum = rows.subList(0, rows.size() - 1).stream()
                    .mapToLong(r -> r.n()[col])
                    .sum();
            assertThat(sum).as(COLUMNS[c]).isEqualTo(total.n()[c]);
        }
        assertThat(total.n()[3]).as("terdaftar, counted directly").isEqualTo(registeredOn(region));
    }

    @Test
    void theKecamatanReportPdfAddsUp() throws Exception {
        String text = text(report("KECAMATAN", StatusFixture.KECAMATAN, "pdf"));
        List<CoverageRow> rows = coverageRows(text);
        coverageAddsUp(rows, StatusFixture.KECAMATAN);
        // the villages of the fixture carry its statuses: Nonaktif is a column and nobody vanishes
        CoverageRow bonebae = rows.stream()
                .filter(r -> r.name().equals("Bonebae II"))
                .findFirst()
                .orElseThrow();
        assertThat(bonebae.n()[7]).isGreaterThanOrEqualTo(2);
        assertThat(rows.get(rows.size() - 1).n()[5]).as("belum dibayar").isGreaterThanOrEqualTo(2);
        assertThat(text.replaceAll("\\s+", " ")).contains("Belum dibayar").contains("Nonaktif");
        arrearsAddUp(text);
    }

    @Test
    void theMonevReportAndTheParitranaPackAddUp() throws Exception {
        for (String kind : List.of("MONEV", "PARITRANA")) {
            String text = text(report(kind, "72.09", "pdf"));
            coverageAddsUp(coverageRows(text), "72.09");
            if (kind.equals("MONEV")) {
                arrearsAddUp(text);
            }
        }
    }

    @Test
    void theVillageReportAddsUp() throws Exception {
        String text = text(report("DESA", "72.09.06.2001", "pdf"));
        List<CoverageRow> rows = coverageRows(text);
        // a village is its own only row, and the total repeats it
        assertThat(rows).as(text).hasSize(2);
        coverageAddsUp(rows, "72.09.06.2001");
        assertThat(rows.get(0).n()).isEqualTo(rows.get(1).n());
        assertThat(rows.get(1).n()[3]).isEqualTo(5);
    }

    /** The arrears section of a PDF: the aging row sums to its total; the payer rows (and "Lainnya") to theirs. */
    void arrearsAddUp(String text) {
        String[] lines = text.split("\\R");
        int aging = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("Belum jatuh tempo") && lines[i].contains("Jumlah")) {
                aging = i;
            }
        }
        assertThat(aging).as("aging table").isPositive();
        List<Long> amounts = rupiahs(lines[aging + 1]);
        assertThat(amounts).hasSize(6);
        long bucketSum =
                amounts.subList(0, 5).stream().mapToLong(Long::longValue).sum();
        assertThat(bucketSum).isEqualTo(amounts.get(5));
        long listed = 0;
        long total = -1;
        for (int i = aging + 3; i < lines.length; i++) {
            List<Long> r = rupiahs(lines[i]);
            if (r.isEmpty()) {
                continue;
            }
            if (lines[i].startsWith("Jumlah")) {
                total = r.get(0);
                break;
            }
            listed += r.get(0);
        }
        assertThat(total).isEqualTo(amounts.get(5));
        assertThat(listed).isEqualTo(total);
    }

    static List<Long> rupiahs(String line) {
        List<Long> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("Rp([0-9.]+)").matcher(line);
        while (m.find()) {
            out.add(number(m.group(1)));
        }
        return out;
    }

    @Test
    void theReportSpreadsheetsAddUp() throws Exception {
        for (String[] k : List.of(
                new String[] {"KECAMATAN", StatusFixture.KECAMATAN},
                new String[] {"MONEV", "72.09"},
                new String[] {"PARITRANA", "72.09"},
                new String[] {"DESA", "72.09.06.2002"})) {
            List<List<String>> rows = XlsxText.rows(report(k[0], k[1], "xlsx"));
            // region → indicator → value, in the coverage section, regions in order (the total last)
            Map<String, Map<String, Long>> coverage = new LinkedHashMap<>();
            Map<String, Long> arrears = new LinkedHashMap<>();
            for (List<String> r : rows) {
                if (r.size() < 4 || r.get(3).isBlank() || !r.get(3).matches("-?[0-9.]+")) {
                    continue;
                }
                long v = new BigDecimal(r.get(3)).longValueExact();
                if (r.get(0).equals("Cakupan kepesertaan")) {
                    coverage.computeIfAbsent(r.get(1), x -> new LinkedHashMap<>())
                            .put(r.get(2), v);
                } else if (r.get(0).equals("Tunggakan")) {
                    arrears.put(r.get(2), v);
                }
            }
            List<String> regions = new ArrayList<>(coverage.keySet());
            String totalName = regions.get(regions.size() - 1);
            for (var e : coverage.entrySet()) {
                Map<String, Long> v = e.getValue();
                assertThat(v.get("Aktif") + v.get("Belum dibayar") + v.get("Menunggak") + v.get("Nonaktif"))
                        .as(k[0] + " " + e.getKey())
                        .isEqualTo(v.get("Terdaftar"));
            }
            if (regions.size() > 1) {
                for (String indicator : coverage.get(totalName).keySet()) {
                    if (indicator.equals("Angkatan kerja")) {
                        continue;
                    }
                    long sum = regions.subList(0, regions.size() - 1).stream()
                            .mapToLong(r -> coverage.get(r).getOrDefault(indicator, 0L))
                            .sum();
                    assertThat(sum)
                            .as(k[0] + " " + indicator)
                            .isEqualTo(coverage.get(totalName).get(indicator));
                }
            }
            assertThat(coverage.get(totalName).get("Terdaftar")).as(k[0]).isEqualTo(registeredOn(k[1]));
            if (!arrears.isEmpty()) {
                long buckets = arrears.entrySet().stream()
                        .filter(e -> !e.getKey().startsWith("Tunggakan"))
                        .filter(e -> e.getKey().endsWith("(Rp)"))
                        .mapToLong(Map.Entry::getValue)
                        .sum();
                assertThat(buckets).as(k[0] + " aging").isEqualTo(arrears.get("Tunggakan (Rp)"));
            }
        }
    }

    static long count(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theMonevDashboardAddsUp() throws Exception {
        for (String region : List.of("72.09", StatusFixture.KECAMATAN)) {
            Document d = page("/monev?wilayah=" + region + "&tanggal=" + DAY);
            Element table = d.selectFirst("#coverage-total").closest("table");
            List<String> heads = table.select("thead th").eachText();
            int registered = heads.indexOf("Terdaftar");
            int aktif = heads.indexOf("Aktif");
            int belum = heads.indexOf("Belum dibayar");
            int menunggak = heads.indexOf("Menunggak");
            int nonaktif = heads.indexOf("Nonaktif");
            assertThat(List.of(registered, aktif, belum, menunggak, nonaktif)).doesNotContain(-1);
            List<Element> rows = new ArrayList<>(table.select("tbody tr"));
            Element total = d.selectFirst("#coverage-total");
            rows.add(total);
            for (Element r : rows) {
                var c = r.select("td");
                assertThat(count(c.get(aktif).text())
                                + count(c.get(belum).text())
                                + count(c.get(menunggak).text())
                                + count(c.get(nonaktif).text()))
                        .as(r.text())
                        .isEqualTo(count(c.get(registered).text()));
            }
            for (int col : List.of(1, 2, 3, registered, aktif, belum, menunggak, nonaktif)) {
                long sum = table.select("tbody tr").stream()
                        .mapToLong(r -> count(r.select("td").get(col).text()))
                        .sum();
                assertThat(sum)
                        .as(region + " " + heads.get(col))
                        .isEqualTo(count(total.select("td").get(col).text()));
            }
            assertThat(count(total.select("td").get(registered).text())).isEqualTo(registeredOn(region));
        }
    }

    @Test
    void theMonevArrearsPanelAddsUpAndShowsTheFiguresOfTheArrearsPage() throws Exception {
        Document d = page("/monev/tunggakan?wilayah=" + StatusFixture.KECAMATAN + "&tanggal=" + DAY);
        long outstanding = count(d.select("#arrears-outstanding").text());
        long buckets = d.select("#arrears-buckets tbody tr").stream()
                .mapToLong(r -> count(r.select("td").get(1).text()))
                .sum();
        assertThat(d.select("#arrears-buckets tbody tr[data-bucket=BELUM_JATUH_TEMPO]"))
                .hasSize(1);
        assertThat(count(d.select("#arrears-buckets tbody tr[data-bucket=BELUM_JATUH_TEMPO] td")
                        .get(1)
                        .text()))
                .isPositive();
        assertThat(buckets).isEqualTo(outstanding);
        assertThat(count(d.select("#arrears-buckets-total td").get(1).text())).isEqualTo(outstanding);
        long ranked = d.select("#arrears-table tbody tr").stream()
                .mapToLong(r -> count(r.select("td").get(2).text()))
                .sum();
        assertThat(ranked).isEqualTo(outstanding);
        assertThat(count(d.select("#arrears-table-total td").get(2).text())).isEqualTo(outstanding);

        // the contribution module's page for the same region and date shows the same buckets and total
        Document page = page("/iuran/tunggakan?wilayah=" + StatusFixture.KECAMATAN + "&tanggal=" + DAY);
        assertThat(count(page.select("#arrears-total").text())).isEqualTo(outstanding);
        var foot = page.select("#arrears-kecamatan tfoot td");
        List<Long> pageBuckets = new ArrayList<>();
        for (int i = 1; i < foot.size() - 1; i++) {
            pageBuckets.add(count(foot.get(i).text()));
        }
        List<Long> panelBuckets = d.select("#arrears-buckets tbody tr").stream()
                .map(r -> count(r.select("td").get(1).text()))
                .toList();
        assertThat(pageBuckets).isEqualTo(panelBuckets);
    }
}
