package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.pesona.access.TestAccounts;
import id.pesona.shared.RegionCode;
import id.pesona.support.IntegrationTest;
import id.pesona.support.XlsxText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Status before and after the due date on {@link StatusFixture}: the Java rule and the SQL counts agree worker by
 * worker, the cover page says "belum dibayar" and "terhambat", and the arrears page, its .xlsx and API, the forecast
 * and the home page add up, each total checked against the sum of its rows and an independent count.
 */
class CoverStatusIT extends IntegrationTest {

    static final RegionCode KECAMATAN = RegionCode.parse(StatusFixture.KECAMATAN);

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoverageService coverage;

    @Autowired
    ApplicationContext context;

    Map<Long, Long> payers;

    @BeforeEach
    void fixture() {
        clock.set(StatusFixture.NOW);
        payers = StatusFixture.load(context);
    }

    Document page(String user, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(accounts.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    static long rupiah(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    /** The fixture's workers registered by a date and their Java status (the participant page's rule). */
    Map<Long, CoverStatus> javaStatuses(LocalDate date) {
        Map<Long, CoverStatus> out = new HashMap<>();
        for (long id : payers.keySet()) {
            LocalDate registered = jdbc.sql("select registered_on from participant where id = ?")
                    .param(id)
                    .query(LocalDate.class)
                    .single();
            if (!registered.isAfter(date)) {
                out.put(id, coverage.coverOn(id, date).status());
            }
        }
        return out;
    }

    Map<Long, CoverStatus> sqlStatuses(LocalDate date) {
        Map<Long, CoverStatus> all = coverage.statuses(KECAMATAN, date);
        Map<Long, CoverStatus> out = new HashMap<>();
        payers.keySet().stream().filter(all::containsKey).forEach(id -> out.put(id, all.get(id)));
        return out;
    }

    @Test
    void theJavaRuleAndTheSqlCountsAgreeBeforeOnAndAfterTheDueDate() {
        for (String d : List.of(
                "2026-06-10",
                "2026-11-16",
                "2026-11-17",
                "2026-12-01",
                "2026-12-03",
                "2026-12-15",
                "2026-12-16",
                "2026-12-31",
                "2027-01-05",
                "2027-01-20")) {
            LocalDate date = LocalDate.parse(d);
            assertThat(sqlStatuses(date)).as(d).isEqualTo(javaStatuses(date));
        }
        // and both say what the fixture states, worker by worker, in its order
        List<CoverStatus> today = payers.keySet().stream()
                .map(id -> javaStatuses(StatusFixture.TODAY).get(id))
                .toList();
        assertThat(today)
                .containsExactly(
                        CoverStatus.BELUM_DIBAYAR,
                        CoverStatus.AKTIF,
                        CoverStatus.BELUM_DIBAYAR,
                        CoverStatus.MENUNGGAK,
                        CoverStatus.NONAKTIF,
                        CoverStatus.BERHENTI,
                        CoverStatus.NONAKTIF,
                        CoverStatus.NONAKTIF,
                        CoverStatus.MENUNGGAK);
        // the day after the due date, the unpaid December is arrears
        assertThat(javaStatuses(LocalDate.of(2026, 12, 16)).get(firstWorker())).isEqualTo(CoverStatus.MENUNGGAK);
    }

    static final RegionCode UNA_UNA = RegionCode.parse("72.09.01");
    static final String WAKAI = "7209012007";

    /** PU and BPU workers of Wakai, registered January 2026, paid through the month given, by participant id. */
    static Map<Long, String> dueWorkers;

    /**
     * Two perangkat desa (PU) and two BPU workers, each with its own payer, billed January–April 2026: one of each
     * paid through February, one of each through January.
     */
    synchronized Map<Long, String> dueWorkers() {
        if (dueWorkers == null) {
            Map<Long, String> out = new java.util.LinkedHashMap<>();
            java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2026-01-05T00:00:00Z");
            int n = 0;
            for (String w : List.of("PU:2026-02", "BPU:2026-02", "PU:2026-01", "BPU:2026-01")) {
                n++;
                String segment = w.split(":")[0];
                java.time.YearMonth paidThrough = java.time.YearMonth.parse(w.split(":")[1]);
                LocalDate registered = LocalDate.of(2026, 1, 1);
                long id = segment.equals("PU")
                        ? Fixtures.perangkat(jdbc, WAKAI, 2_022_200, registered)
                        : Fixtures.registered(jdbc, WAKAI, "LAINNYA", 1_000_000, registered, null);
                String code = "UJI-JATUH-TEMPO-" + n;
                jdbc.sql("insert into payer (code, name, funding_source, region_code) values (?, ?, 'LAINNYA', ?)")
                        .params(code, "Donatur Uji Jatuh Tempo " + n, WAKAI)
                        .update();
                long payer = jdbc.sql("select id from payer where code = ?")
                        .param(code)
                        .query(Long.class)
                        .single();
                for (java.time.YearMonth m = java.time.YearMonth.of(2026, 1);
                        !m.isAfter(java.time.YearMonth.of(2026, 4));
                        m = m.plusMonths(1)) {
                    jdbc.sql("insert into bill (payer_id, contribution_month, created_at) values (?, ?, ?)")
                            .params(payer, m.atDay(1), at)
                            .update();
                    long bill = jdbc.sql("select id from bill where payer_id = ? and contribution_month = ?")
                            .params(payer, m.atDay(1))
                            .query(Long.class)
                            .single();
                    jdbc.sql("""
                                    insert into bill_line (bill_id, participant_id, contribution_month, kind, jkk, jkm,
                                                           amount, created_at)
                                    values (?, ?, ?, 'TAGIHAN', 10000, 6800, ?, ?)
                                    """)
                            .params(bill, id, m.atDay(1), StatusFixture.MONTHLY, at)
                            .update();
                }
                long months = paidThrough.getMonthValue();
                jdbc.sql("""
                                insert into payment (payer_id, paid_on, amount, reference, recorded_by, recorded_at)
                                values (?, date '2026-01-20', ?, ?, 'uji', ?)
                                """)
                        .params(payer, months * StatusFixture.MONTHLY, "UJI-JATUH-TEMPO-BAYAR-" + n, at)
                        .update();
                context.getBean(PayerLedgers.class).refresh(List.of(payer));
                out.put(id, w);
            }
            dueWorkers = out;
        }
        return dueWorkers;
    }

    /**
     * PU (perangkat desa) months fall due on the 15th of the following month, BPU months on the 15th of the month
     * covered (V36 rule rows; 15 March 2026 is a Sunday, so the due date is Monday 16 March): the SQL counts and the
     * Java rule agree worker by worker on the same dates, and both say what was computed by hand.
     */
    @Test
    void puMonthsFallDueTheFollowingMonthInTheSqlAndTheJavaRuleAlike() throws Exception {
        Map<Long, String> workers = new org.springframework.transaction.support.TransactionTemplate(
                        context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                .execute(s -> dueWorkers());
        List<String> dates =
                List.of("2026-03-10", "2026-03-16", "2026-03-17", "2026-03-20", "2026-04-15", "2026-04-16");
        Map<String, List<CoverStatus>> expected = Map.of(
                // PU to Feb, BPU to Feb, PU to Jan, BPU to Jan
                "2026-03-10",
                        List.of(
                                CoverStatus.BELUM_DIBAYAR,
                                CoverStatus.BELUM_DIBAYAR,
                                CoverStatus.BELUM_DIBAYAR,
                                CoverStatus.MENUNGGAK),
                "2026-03-16",
                        List.of(
                                CoverStatus.BELUM_DIBAYAR,
                                CoverStatus.BELUM_DIBAYAR,
                                CoverStatus.BELUM_DIBAYAR,
                                CoverStatus.MENUNGGAK),
                "2026-03-17",
                        List.of(
                                CoverStatus.BELUM_DIBAYAR,
                                CoverStatus.MENUNGGAK,
                                CoverStatus.MENUNGGAK,
                                CoverStatus.MENUNGGAK),
                "2026-03-20",
                        List.of(
                                CoverStatus.BELUM_DIBAYAR,
                                CoverStatus.MENUNGGAK,
                                CoverStatus.MENUNGGAK,
                                CoverStatus.MENUNGGAK),
                "2026-04-15",
                        List.of(
                                CoverStatus.BELUM_DIBAYAR,
                                CoverStatus.MENUNGGAK,
                                CoverStatus.MENUNGGAK,
                                CoverStatus.MENUNGGAK),
                "2026-04-16",
                        List.of(
                                CoverStatus.MENUNGGAK,
                                CoverStatus.MENUNGGAK,
                                CoverStatus.MENUNGGAK,
                                CoverStatus.MENUNGGAK));
        for (String d : dates) {
            LocalDate date = LocalDate.parse(d);
            Map<Long, CoverStatus> all = coverage.statuses(UNA_UNA, date);
            List<CoverStatus> sql = workers.keySet().stream().map(all::get).toList();
            List<CoverStatus> java = workers.keySet().stream()
                    .map(id -> coverage.coverOn(id, date).status())
                    .toList();
            assertThat(sql).as("SQL " + d).isEqualTo(java);
            assertThat(java).as("Java " + d).isEqualTo(expected.get(d));
        }
        // the participant page on 20 March: the PU worker is not in arrears yet, the BPU worker is
        List<Long> ids = List.copyOf(workers.keySet());
        Document pu = page("t.admin", "/iuran/peserta/" + ids.get(0) + "?tanggal=2026-03-20");
        assertThat(pu.select("#cover-status .badge").text()).isEqualTo("Belum dibayar");
        assertThat(pu.select("#cover-due").text()).isEqualTo("(jatuh tempo 15 April 2026)");
        Document bpu = page("t.admin", "/iuran/peserta/" + ids.get(1) + "?tanggal=2026-03-20");
        assertThat(bpu.select("#cover-status .badge").text()).isEqualTo("Menunggak");
        Document puLate = page("t.admin", "/iuran/peserta/" + ids.get(0) + "?tanggal=2026-04-16");
        assertThat(puLate.select("#cover-status .badge").text()).isEqualTo("Menunggak");
        // the village counts on 20 March say the same
        var wakai = coverage.statusByVillage(UNA_UNA, LocalDate.of(2026, 3, 20)).stream()
                .filter(v -> v.village().digits().equals(WAKAI))
                .findFirst()
                .orElseThrow();
        assertThat(wakai.belumDibayar()).isGreaterThanOrEqualTo(1);
    }

    long firstWorker() {
        return payers.keySet().iterator().next();
    }

    @Test
    void villageCountsDivideTheRegisteredWorkersAmongTheStatuses() {
        var villages = coverage.statusByVillage(KECAMATAN, StatusFixture.TODAY);
        for (var v : villages) {
            assertThat(v.aktif() + v.belumDibayar() + v.menunggak() + v.nonaktif() + v.berhenti())
                    .as(v.village().dotted())
                    .isEqualTo(v.registered());
            long direct = jdbc.sql("""
                            select count(*) from participant where village_code = ? and registered_on <= ?
                              and (ended_on is null or ended_on >= ?)
                            """)
                    .params(v.village().digits(), StatusFixture.TODAY, StatusFixture.TODAY)
                    .query(Long.class)
                    .single();
            assertThat(v.covered()).as(v.village().dotted()).isEqualTo(direct);
        }
        var tampanombo = villages.stream()
                .filter(v -> v.village().digits().equals(StatusFixture.TAMPANOMBO))
                .findFirst()
                .orElseThrow();
        assertThat(tampanombo.belumDibayar()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aWorkerRegisteredTodayIsBelumDibayarUntilTheDueDateAndAClaimWouldBeTerhambat() throws Exception {
        long id = firstWorker();
        Document d = page("t.admin", "/iuran/peserta/" + id);
        assertThat(d.select("#cover-status .badge").text()).isEqualTo("Belum dibayar");
        assertThat(d.select("#cover-due").text()).isEqualTo("(jatuh tempo 15 Desember 2026)");
        assertThat(d.select("#cover-explain").text())
                .contains("belum menunggak")
                .contains("terhambat");
        assertThat(d.select("#cover-status").text()).doesNotContain("Menunggak");
        assertThat(d.select("#cover-history li").last().text()).contains("Belum dibayar");
        assertThat(rupiah(d.select("#cover-to-settle").text())).isEqualTo(16_800);
        // after the due date the same month is arrears
        Document after = page("t.admin", "/iuran/peserta/" + id + "?tanggal=2026-12-16");
        assertThat(after.select("#cover-status .badge").text()).isEqualTo("Menunggak");
        // the claim module's view of the same day: blocked until paid
        assertThat(coverage.coverOn(id, StatusFixture.TODAY).status().blocksUntilPaid())
                .isTrue();
    }

    /** What each fixture payer owes, from its bill lines and payments, without the ledger's code. */
    long independentOutstanding() {
        return jdbc.sql("""
                        select coalesce(sum(x.billed - case when x.received < x.billed then x.received else x.billed end), 0)
                        from (select py.id,
                                     (select coalesce(sum(l.amount), 0) from bill_line l join bill b on b.id = l.bill_id
                                      where b.payer_id = py.id) as billed,
                                     (select coalesce(sum(pm.amount), 0) from payment pm where pm.payer_id = py.id)
                                         as received
                              from payer py where py.region_code >= '720906' and py.region_code < '720907') x
                        """).query(Long.class).single();
    }

    @Test
    void theArrearsPageAddsUpWithTheNotYetDueBucket() throws Exception {
        Document d = page("t.admin", "/iuran/tunggakan?wilayah=" + StatusFixture.KECAMATAN + "&semua=true");
        Element table = d.selectFirst("#arrears-kecamatan");
        List<String> heads = table.select("thead th").eachText();
        assertThat(heads).contains("Belum jatuh tempo", "1–30 hari", "> 90 hari", "Jumlah belum dibayar");
        // every row (and the footer): the buckets sum to the row's total
        List<Element> rows = new ArrayList<>(table.select("tbody tr"));
        rows.add(table.selectFirst("tfoot tr"));
        long[] columnSums = new long[heads.size()];
        for (Element r : rows) {
            List<Element> cells = r.select("td");
            long buckets = 0;
            for (int i = 1; i < cells.size() - 1; i++) {
                buckets += rupiah(cells.get(i).text());
            }
            assertThat(buckets)
                    .as(r.text())
                    .isEqualTo(rupiah(cells.get(cells.size() - 1).text()));
            if (r.parent().tagName().equals("tbody")) {
                for (int i = 1; i < cells.size(); i++) {
                    columnSums[i] += rupiah(cells.get(i).text());
                }
            } else {
                for (int i = 1; i < cells.size(); i++) {
                    assertThat(columnSums[i])
                            .as(heads.get(i))
                            .isEqualTo(rupiah(cells.get(i).text()));
                }
                // not due yet: December is billed and unpaid for all but the worker who paid it
                assertThat(rupiah(cells.get(1).text())).isEqualTo(7 * StatusFixture.MONTHLY);
            }
        }
        long total = rupiah(d.select("#arrears-total").text());
        assertThat(total).isEqualTo(independentOutstanding());
        assertThat(rupiah(d.select("#arrears-overdue").text())
                        + rupiah(d.select("#arrears-not-due").text()))
                .isEqualTo(total);
        // the payer list sums to the same total
        long listed = d.select("#arrears-payers-table tbody tr").stream()
                .filter(r -> r.select("td").size() > 1)
                .mapToLong(r -> rupiah(r.select("td").get(1).text()))
                .sum();
        assertThat(listed).isEqualTo(total);
        // a payer who owes only the month not due yet is not "in arrears"
        long owing = payers.values().stream()
                .filter(p -> {
                    var a = coverage.arrears(KECAMATAN, StatusFixture.TODAY).stream()
                            .filter(x -> x.payer().id() == p)
                            .findFirst()
                            .orElseThrow();
                    return a.overdue() > 0;
                })
                .count();
        assertThat(d.select("#arrears-payers").text()).startsWith(owing + " / ");
    }

    @Test
    void theArrearsSpreadsheetAndApiAddUp() throws Exception {
        byte[] xlsx = mvc.perform(get("/iuran/tunggakan.xlsx?wilayah=" + StatusFixture.KECAMATAN)
                        .with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> rows = XlsxText.rows(xlsx);
        int header = 0;
        while (!rows.get(header).contains("Kode wilayah")) {
            header++;
        }
        List<String> heads = rows.get(header);
        int outstanding = heads.indexOf("Belum dibayar (Rp)");
        int firstBucket = heads.indexOf("Belum jatuh tempo (Rp)");
        assertThat(outstanding).isPositive();
        List<List<String>> data = rows.subList(header + 1, rows.size() - 1);
        List<String> total = rows.get(rows.size() - 1);
        assertThat(total.get(2)).isEqualTo("Jumlah");
        for (int c = 3; c < firstBucket + 5; c++) {
            final int col = c;
            BigDecimal sum = data.stream().map(r -> number(r, col)).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(heads.get(c)).isEqualByComparingTo(number(total, c));
        }
        for (List<String> r : rows.subList(header + 1, rows.size())) {
            BigDecimal buckets = BigDecimal.ZERO;
            for (int c = firstBucket; c < firstBucket + 5; c++) {
                buckets = buckets.add(number(r, c));
            }
            assertThat(buckets).as(r.toString()).isEqualByComparingTo(number(r, outstanding));
        }
        assertThat(number(total, outstanding).longValueExact()).isEqualTo(independentOutstanding());

        String json = mvc.perform(
                        get("/api/v1/arrears?region=" + StatusFixture.KECAMATAN).with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> api = JsonPath.read(json, "$");
        long sum = 0;
        for (Map<String, Object> a : api) {
            @SuppressWarnings("unchecked")
            Map<String, Number> b = (Map<String, Number>) a.get("buckets");
            long buckets = b.values().stream().mapToLong(Number::longValue).sum();
            assertThat(buckets).isEqualTo(((Number) a.get("outstanding")).longValue());
            assertThat(b).containsKey("BELUM_JATUH_TEMPO");
            sum += buckets;
        }
        assertThat(sum).isEqualTo(independentOutstanding());
    }

    static BigDecimal number(List<String> row, int c) {
        String s = c < row.size() ? row.get(c) : "";
        return s == null || s.isBlank() ? BigDecimal.ZERO : new BigDecimal(s);
    }

    @Test
    void theForecastListsOnlyVillagesWhereSomeoneLapsesAndItsTotalIsTheHeadline() throws Exception {
        LocalDate target = LocalDate.of(2027, 1, 1);
        Document d = page("t.admin", "/iuran/proyeksi?wilayah=" + StatusFixture.KECAMATAN + "&tanggal=" + target);
        var rows = d.select("#forecast-villages tbody tr");
        long lapsing = 0;
        long amount = 0;
        for (Element r : rows) {
            String[] lp = r.select("td").get(1).text().split(" / ");
            long n = Long.parseLong(lp[0].replace(".", ""));
            assertThat(n).as(r.text()).isPositive();
            lapsing += n;
            amount += rupiah(r.select("td").get(2).text());
        }
        // independent: the fixture's workers not NONAKTIF today and NONAKTIF on the target, by the Java rule
        long expected = payers.keySet().stream()
                .filter(id -> {
                    CoverStatus now = coverage.coverOn(id, StatusFixture.TODAY).status();
                    CoverStatus then = coverage.coverOn(id, target).status();
                    return now != CoverStatus.NONAKTIF && now != CoverStatus.BERHENTI && then == CoverStatus.NONAKTIF;
                })
                .count();
        assertThat(expected).isPositive();
        assertThat(lapsing).isEqualTo(expected);
        var total = d.selectFirst("#forecast-total").select("td");
        assertThat(Long.parseLong(total.get(1).text().replace(".", ""))).isEqualTo(lapsing);
        assertThat(rupiah(total.get(2).text())).isEqualTo(amount);
        assertThat(d.select("#forecast-summary").text())
                .startsWith(lapsing + " peserta menjadi nonaktif")
                .contains(d.select("#forecast-total td").get(2).text());
        // the workers NONAKTIF already are said apart, not listed as lapsing
        assertThat(d.select("#forecast-nonaktif").text()).contains("sudah nonaktif");
    }

    @Test
    void theHomePageCountsAddUpToTheRegisteredWorkers() throws Exception {
        Document d = page("t.admin", "/");
        long sum = 0;
        for (String id : List.of("home-aktif", "home-belum-dibayar", "home-menunggak", "home-nonaktif")) {
            sum += Long.parseLong(d.getElementById(id).text().replace(".", ""));
        }
        long direct = jdbc.sql("""
                        select count(*) from participant where village_code >= '7209' and village_code < '7210'
                          and registered_on <= ? and (ended_on is null or ended_on >= ?)
                        """)
                .params(StatusFixture.TODAY, StatusFixture.TODAY)
                .query(Long.class)
                .single();
        assertThat(sum).isEqualTo(direct);
        assertThat(Long.parseLong(d.getElementById("home-belum-dibayar").text().replace(".", "")))
                .isGreaterThanOrEqualTo(2);
    }
}
