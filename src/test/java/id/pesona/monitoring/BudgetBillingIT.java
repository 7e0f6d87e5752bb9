package id.pesona.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import id.pesona.support.XlsxText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The planner's existing workers against the bills the billing run wrote for them. Kecamatan Tojo Barat (72.09.07),
 * which no other test touches: Malei Tojo (72.09.07.2001) has workers at different declared incomes, one registered in
 * June 2026 and one who left in 2025; Matako (72.09.07.2002) has a proposal not yet registered.
 */
class BudgetBillingIT extends IntegrationTest {

    static final String MALEI_TOJO = "7209072001";
    static final String MATAKO = "7209072002";

    private static boolean loaded;
    private static int serial = 500;

    @Autowired
    TestAccounts accounts;

    void load() {
        synchronized (BudgetBillingIT.class) {
            if (loaded) {
                return;
            }
            for (long income : List.of(1_000_000L, 1_000_000L, 1_500_000L, 2_750_000L, 3_333_333L)) {
                add(MALEI_TOJO, income, "TERDAFTAR", LocalDate.of(2025, 3, 1), null);
            }
            add(MALEI_TOJO, 1_250_000, "TERDAFTAR", LocalDate.of(2026, 6, 10), null);
            add(MALEI_TOJO, 4_000_000, "BERHENTI", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 10, 31));
            add(MATAKO, 2_000_000, "DIUSULKAN", null, null);
            loaded = true;
        }
    }

    void add(String village, long income, String status, LocalDate registered, LocalDate ended) {
        String nik = "720907120690" + String.format("%04d", ++serial);
        jdbc.sql("""
                        insert into participant (nik, active_nik, full_name, birth_date, sex, village_code, occupation,
                            declared_income, segment, funding_source, programme_year, status, registered_on, ended_on,
                            declared_fit, proposed_by, created_at)
                        values (?, ?, ?, date '1990-06-12', 'L', ?, 'PETANI', ?, 'BPU', 'APBDES', 2025, ?, ?, ?,
                            true, 'uji', ?)
                        """)
                .params(
                        nik,
                        ended == null ? nik : null,
                        "Peserta Anggaran " + serial,
                        village,
                        income,
                        status,
                        registered,
                        ended,
                        OffsetDateTime.parse("2025-01-01T00:00:00Z"))
                .update();
    }

    DocumentContext plan(String income) throws Exception {
        var request = get("/api/v1/monitoring/budget")
                .param("region", "72.09.07")
                .param("year", "2026")
                .param("scenario", "u100")
                .with(accounts.as("t.admin"));
        if (income != null) {
            request.param("income", income);
        }
        return JsonPath.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** Every month of 2026 billed through the API, in order from the first month not billed yet (no gap). */
    void billThrough2026() throws Exception {
        clock.set(Instant.parse("2026-12-20T02:00:00Z"));
        LocalDate latest = jdbc.sql("select max(contribution_month) from bill where contribution_month < ?")
                .param(LocalDate.of(2026, 1, 1))
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        YearMonth month =
                latest == null ? YearMonth.of(2026, 1) : YearMonth.from(latest).plusMonths(1);
        for (; !month.isAfter(YearMonth.of(2026, 12)); month = month.plusMonths(1)) {
            mvc.perform(post("/api/v1/billing-runs")
                            .with(accounts.as("t.admin"))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"month\":\"" + month + "\"}"))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void existingWorkersCostWhatTheBillingRunChargesForThem() throws Exception {
        load();
        billThrough2026();
        long billed = jdbc.sql("""
                        select coalesce(sum(l.amount), 0) from bill_line l join bill b on b.id = l.bill_id
                        join payer p on p.id = b.payer_id
                        where p.code = ? and b.contribution_month >= ? and b.contribution_month < ?
                        """)
                .params("APBDES-" + MALEI_TOJO, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))
                .query(Long.class)
                .single();
        // five workers all year, one from June: more than six workers at the lowest band would cost
        assertThat(billed).isGreaterThan(5 * 12 * 16_800L + 7 * 16_800L);

        DocumentContext json = plan(null);
        Map<String, Object> malei = village(json, "72.09.07.2001");
        assertThat(((Number) malei.get("existingCost")).longValue()).isEqualTo(billed);
        assertThat(((Number) malei.get("existing")).longValue()).isEqualTo(6);
        assertThat(((Number) malei.get("newSlots")).longValue()).isEqualTo(94);
        // the proposal in Matako counts as existing at its declared income, from the current month (December):
        // JKK 1 % of Rp2.000.000 + JKM Rp6.800
        Map<String, Object> matako = village(json, "72.09.07.2002");
        assertThat(((Number) matako.get("existing")).longValue()).isEqualTo(1);
        assertThat(((Number) matako.get("existingCost")).longValue()).isEqualTo(20_000 + 6_800);
        assertThat(((Number) matako.get("newSlots")).longValue()).isEqualTo(99);
        totalsAreSumsOfRows(json);
    }

    @Test
    void theAssumedIncomePricesOnlyTheNewSlots() throws Exception {
        load();
        DocumentContext lowest = plan(null);
        DocumentContext higher = plan("Rp1.500.000");
        for (String code : List.of("72.09.07.2001", "72.09.07.2005")) {
            Map<String, Object> a = village(lowest, code);
            Map<String, Object> b = village(higher, code);
            assertThat(b.get("existingCost")).isEqualTo(a.get("existingCost"));
            long slots = ((Number) b.get("newSlots")).longValue();
            // 12 × (JKK 1 % + JKM Rp6.800) per slot: Rp201.600 at Rp1.000.000, Rp261.600 at Rp1.500.000
            assertThat(((Number) a.get("newCost")).longValue()).isEqualTo(slots * 201_600);
            assertThat(((Number) b.get("newCost")).longValue()).isEqualTo(slots * 261_600);
        }
        assertThat(higher.read("$[0].income", Long.class)).isEqualTo(1_500_000L);
        totalsAreSumsOfRows(higher);

        // the page and the export show both parts, per row and in total
        Document page = Jsoup.parse(mvc.perform(get("/monev/anggaran")
                        .param("wilayah", "72.09.07")
                        .param("tahun", "2026")
                        .param("penghasilan", "1.500.000")
                        .param("s", "u100")
                        .with(accounts.as("t.pimpinan")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.selectFirst("#penghasilan").val()).isEqualTo("1.500.000");
        var card = page.selectFirst("[data-scenario=u100]");
        assertThat(card.selectFirst(".budget-new").text()).contains("× asumsi Rp1.500.000");
        assertThat(rupiah(card.selectFirst(".budget-existing-cost").text())
                        + rupiah(card.selectFirst(".budget-new-cost").text()))
                .isEqualTo(rupiah(card.selectFirst(".budget-total").text()));
        var row =
                page.selectFirst("#budget-villages tr[data-code=72.09.07.2005]").select("td");
        assertThat(row.stream().map(e -> e.text()).toList())
                .containsExactly("Toliba", "APBDes", "100", "0", "Rp0", "100", "Rp26.160.000", "Rp26.160.000");

        byte[] xlsx = mvc.perform(get("/monev/anggaran/ekspor.xlsx")
                        .param("wilayah", "72.09.07")
                        .param("tahun", "2026")
                        .param("penghasilan", "1500000")
                        .param("s", "u100")
                        .with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(XlsxText.of(xlsx))
                .contains("Biaya peserta ada")
                .contains("Slot baru")
                .contains("Biaya slot baru");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"abc", "0", "-1000000", "1.000.000,50", "999.999", "100.000.001", "1e6", "9999999999999999999"})
    void badAssumedIncomesAreRefusedNamingTheField(String typed) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/monev/anggaran")
                        .param("wilayah", "72.09.07")
                        .param("penghasilan", typed)
                        .with(accounts.as("t.pimpinan")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.selectFirst("#budget-input-error").text())
                .contains("Asumsi penghasilan slot baru")
                .contains("Rp1.000.000")
                .contains("Rp100.000.000");
        assertThat(page.selectFirst("#penghasilan").val()).isEqualTo(typed);
        assertThat(page.selectFirst("#penghasilan").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#budget-villages")).isEmpty();
        mvc.perform(get("/api/v1/monitoring/budget")
                        .param("region", "72.09.07")
                        .param("income", typed)
                        .with(accounts.as("t.admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.penghasilan")
                        .value(org.hamcrest.Matchers.containsString("Asumsi penghasilan slot baru")));
        mvc.perform(get("/monev/anggaran/ekspor.xlsx")
                        .param("wilayah", "72.09.07")
                        .param("penghasilan", typed)
                        .with(accounts.as("t.admin")))
                .andExpect(status().isBadRequest());
    }

    static long rupiah(String text) {
        return Long.parseLong(text.replace("Rp", "").replace(".", ""));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> village(DocumentContext json, String code) {
        List<Map<String, Object>> rows = json.read("$[0].villages[?(@.code == '" + code + "')]");
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    /** Each part of the total is the sum of the village rows, of the kecamatan rows and of the funding sources. */
    static void totalsAreSumsOfRows(DocumentContext json) {
        for (String part : List.of("existing", "existingCost", "newSlots", "newCost", "workers", "cost")) {
            long total = json.read("$[0]." + part, Long.class);
            assertThat(sum(json.read("$[0].villages[*]." + part))).as(part).isEqualTo(total);
            assertThat(sum(json.read("$[0].byKecamatan[*]." + part))).as(part).isEqualTo(total);
            assertThat(sum(json.read("$[0].byFunding.*." + part))).as(part).isEqualTo(total);
        }
        assertThat(json.read("$[0].existingCost", Long.class) + json.read("$[0].newCost", Long.class))
                .isEqualTo(json.read("$[0].cost", Long.class));
    }

    static long sum(List<Number> values) {
        return values.stream().mapToLong(Number::longValue).sum();
    }
}
