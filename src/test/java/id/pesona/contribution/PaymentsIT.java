package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.pesona.access.TestAccounts;
import id.pesona.shared.RegionCode;
import id.pesona.support.Billing;
import id.pesona.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Payments on real SQL: allocation to the oldest bills, credit, reversal, idempotent imports, status on a date, arrears
 * with aging, the ledger invariants for every payer, and scoping.
 */
class PaymentsIT extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2025, 12, 19);

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoverageService coverage;

    @Autowired
    PayerLedgers ledgers;

    long registered(String village, LocalDate from, LocalDate until) {
        return Fixtures.registered(jdbc, village, "APBDES", 1_000_000, from, until);
    }

    void bill(String... months) {
        Billing.months(mvc, accounts.as("t.admin"), months);
    }

    long payerId(String code) {
        return jdbc.sql("select id from payer where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    String pay(long payerId, String amount, String reference) throws Exception {
        return mvc.perform(post("/api/v1/payments")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"payerId\":%d,\"paidOn\":\"2025-12-18\",\"amount\":\"%s\",\"reference\":\"%s\"}"
                                .formatted(payerId, amount, reference)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    Coverage.ParticipantCover cover(long participant, LocalDate date) {
        return accounts.signedIn("t.admin", () -> coverage.coverOn(participant, date));
    }

    Coverage.PayerArrears arrearsOf(String village) {
        return accounts.signedIn("t.admin", () -> coverage.arrears(RegionCode.parse(village), TODAY)).stream()
                .filter(a -> a.payer().region().digits().equals(village))
                .findFirst()
                .orElseThrow();
    }

    long overdue(Coverage.PayerArrears a) {
        return a.buckets().entrySet().stream()
                .filter(e -> e.getKey() != Aging.Bucket.BELUM_JATUH_TEMPO)
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    @Test
    void paymentsSettleTheOldestMonthsFirstAndAVillageGoesFromMenunggakToAktif() throws Exception {
        long p1 = registered("7209022001", LocalDate.of(2025, 10, 1), null);
        long p2 = registered("7209022001", LocalDate.of(2025, 10, 1), null);
        bill("2025-10", "2025-11", "2025-12");
        long payer = payerId("APBDES-7209022001");

        var before = cover(p1, TODAY);
        assertThat(before.status()).isEqualTo(CoverStatus.MENUNGGAK);
        assertThat(before.unpaidMonths())
                .containsExactly(YearMonth.of(2025, 10), YearMonth.of(2025, 11), YearMonth.of(2025, 12));
        // October and November for both, December for p1 (allocation runs month by month, participant by participant)
        assertThat(before.amountToSettle()).isEqualTo(5 * 16_800);
        assertThat(before.payer().code()).isEqualTo("APBDES-7209022001");
        // one more unpaid month and the grace period (3 months) is over
        assertThat(cover(p1, LocalDate.of(2026, 1, 19)).status()).isEqualTo(CoverStatus.NONAKTIF);
        assertThat(cover(p1, LocalDate.of(2025, 9, 30)).status()).isEqualTo(CoverStatus.BELUM_TERDAFTAR);

        var counts =
                accounts.signedIn("t.admin", () -> coverage.statusByVillage(RegionCode.parse("72.09.02.2001"), TODAY));
        assertThat(counts).singleElement().satisfies(v -> {
            assertThat(v.registered()).isEqualTo(2);
            assertThat(v.menunggak()).isEqualTo(2);
            assertThat(v.aktif()).isZero();
        });

        var arrears = arrearsOf("7209022001");
        // due on the 15th: 15 Oct (65 days), 17 Nov because the 15th is a Saturday (32 days), 15 Dec (4 days)
        assertThat(arrears.buckets().get(Aging.Bucket.HARI_61_90)).isEqualTo(33_600);
        assertThat(arrears.buckets().get(Aging.Bucket.HARI_31_60)).isEqualTo(33_600);
        assertThat(arrears.buckets().get(Aging.Bucket.HARI_1_30)).isEqualTo(33_600);
        assertThat(arrears.oldestUnpaid()).isEqualTo(YearMonth.of(2025, 10));
        assertThat(arrears.participantsMenunggak()).isEqualTo(2);

        // a partial payment: October for both, November for p1
        pay(payer, "Rp50.400", "TRF-001");
        var partial = cover(p1, TODAY);
        assertThat(partial.status()).isEqualTo(CoverStatus.MENUNGGAK);
        assertThat(partial.paidThrough()).isEqualTo(YearMonth.of(2025, 11));
        assertThat(partial.unpaidMonths()).containsExactly(YearMonth.of(2025, 12));
        assertThat(partial.amountToSettle()).isEqualTo(2 * 16_800);
        assertThat(cover(p2, TODAY).unpaidMonths()).containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12));

        pay(payer, "50.400", "TRF-002");
        assertThat(cover(p1, TODAY).status()).isEqualTo(CoverStatus.AKTIF);
        assertThat(cover(p2, TODAY).paidThrough()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(overdue(arrearsOf("7209022001"))).isZero();
        assertThat(accounts.signedIn(
                                "t.admin", () -> coverage.statusByVillage(RegionCode.parse("72.09.02.2001"), TODAY))
                        .get(0)
                        .aktif())
                .isEqualTo(2);
        var history = accounts.signedIn("t.admin", () -> coverage.history(p2, TODAY));
        assertThat(history).extracting(CoverRules.Change::status).containsExactly(CoverStatus.AKTIF);

        // the same reference again is recognised, and a village cannot record payments
        mvc.perform(post("/api/v1/payments")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"payerId\":%d,\"paidOn\":\"2025-12-18\",\"amount\":\"100\",\"reference\":\"TRF-002\"}"
                                        .formatted(payer)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.reference").exists())
                .andExpect(jsonPath("$.detail", Matchers.containsString("TRF-002")));
        mvc.perform(post("/api/v1/payments")
                        .with(accounts.as("t.desa"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"payerId\":%d,\"paidOn\":\"2025-12-18\",\"amount\":\"100\",\"reference\":\"X\"}"
                                .formatted(payer)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/payments")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"payerId\":%d,\"paidOn\":\"2025-12-18\",\"amount\":\"12,5\",\"reference\":\"Y\"}"
                                .formatted(payer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.amount").exists());
    }

    @Test
    void aSurplusStaysAsCreditAndAReversalTakesThePaymentOutAgain() throws Exception {
        // ended at the end of December: no later month can be billed, whatever other tests bill
        long p = registered("7209022002", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));
        bill("2025-10", "2025-11", "2025-12");
        long payer = payerId("APBDES-7209022002");
        long paymentId = JsonPath.parse(pay(payer, "84.000", "PRE-1")).read("$.id", Long.class);

        var a = arrearsOf("7209022002");
        assertThat(a.billed()).isEqualTo(50_400);
        assertThat(a.received()).isEqualTo(84_000);
        assertThat(a.outstanding()).isZero();
        assertThat(a.credit()).isEqualTo(33_600);
        assertThat(cover(p, TODAY).status()).isEqualTo(CoverStatus.AKTIF);

        // a reversal needs its reason
        mvc.perform(post("/api/v1/payments/{id}/reversal", paymentId)
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").exists());
        mvc.perform(post("/api/v1/payments/{id}/reversal", paymentId)
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Salah pembayar\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value(-84_000))
                .andExpect(jsonPath("$.reversesId").value(paymentId));
        var after = arrearsOf("7209022002");
        assertThat(after.received()).isZero();
        assertThat(after.outstanding()).isEqualTo(50_400);
        assertThat(after.credit()).isZero();
        assertThat(cover(p, TODAY).status()).isEqualTo(CoverStatus.MENUNGGAK);
        assertThat(jdbc.sql("select count(*) from payment where payer_id = ?")
                        .param(payer)
                        .query(Long.class)
                        .single())
                .as("the original stays beside its compensating entry")
                .isEqualTo(2L);

        mvc.perform(post("/api/v1/payments/{id}/reversal", paymentId)
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"lagi\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("PRE-1 sudah dibatalkan")));
        mvc.perform(post("/api/v1/payments/{id}/reversal", paymentId)
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"\"}"))
                // already reversed, whatever the reason
                .andExpect(status().isConflict());
    }

    MockMultipartFile csv(String name, String text) {
        return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    String importFile(MockMultipartFile file, String mode) throws Exception {
        var req = multipart("/api/v1/payments/imports")
                .file(file)
                .with(accounts.as("t.bpjs"))
                .with(csrf());
        if (mode != null) {
            req = req.param("mode", mode);
        }
        return mvc.perform(req)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    long payments(String... references) {
        return jdbc.sql("select count(*) from payment where reference in (:refs)")
                .param("refs", List.of(references))
                .query(Long.class)
                .single();
    }

    @Test
    void theSamePaymentFileImportedTwiceChangesNothing() throws Exception {
        registered("7209022004", LocalDate.of(2025, 12, 1), null);
        registered("7209022005", LocalDate.of(2025, 12, 1), null);
        bill("2025-12");
        String text = """
                TANGGAL;PEMBAYAR;JUMLAH;REFERENSI;KETERANGAN
                18/12/2025;APBDES-7209022004;16.800;BNK-1;Desember
                18/12/2025;72.09.02.2005;16800;BNK-2;
                """;
        var first = JsonPath.parse(importFile(csv("bank.csv", text), null));
        assertThat(first.read("$.recorded", Integer.class)).isEqualTo(2);
        assertThat(first.read("$.applied", Boolean.class)).isTrue();
        assertThat(first.read("$.amountRecorded", Long.class)).isEqualTo(33_600L);

        var again = JsonPath.parse(importFile(csv("bank-lagi.csv", text), null));
        assertThat(again.read("$.sameFileBefore", Boolean.class)).isTrue();
        assertThat(again.read("$.recorded", Integer.class)).isZero();
        assertThat(payments("BNK-1", "BNK-2")).isEqualTo(2);

        // an overlapping file: the known row is skipped, the new one recorded
        var overlap = JsonPath.parse(importFile(csv("bank-2.csv", """
                        tanggal,pembayar,jumlah,referensi
                        18/12/2025,APBDES-7209022005,16800,BNK-2
                        19/12/2025,APBDES-7209022004,10000,BNK-3
                        """), null));
        assertThat(overlap.read("$.recorded", Integer.class)).isEqualTo(1);
        assertThat(overlap.read("$.known", Integer.class)).isEqualTo(1);
        assertThat(payments("BNK-1", "BNK-2", "BNK-3")).isEqualTo(3);

        // all or nothing: one bad row and nothing is recorded; the report names the row and the field
        String bad = """
                TANGGAL;PEMBAYAR;JUMLAH;REFERENSI
                18/12/2025;APBDES-7209022004;5000;BNK-4
                18/12/2025;APBDES-7209022004;lima ribu;BNK-5
                31/02/2025;APBDES-7209022004;5000;BNK-6
                18/12/2025;APBDES-9999999999;5000;BNK-7
                """;
        var refused = JsonPath.parse(importFile(csv("salah.csv", bad), null));
        assertThat(refused.read("$.applied", Boolean.class)).isFalse();
        assertThat(refused.read("$.rejected", Integer.class)).isEqualTo(3);
        assertThat(refused.read("$.results[?(@.outcome == 'DITOLAK')].row", List.class))
                .containsExactly(3, 4, 5);
        assertThat(refused.read("$.results[?(@.row == 3)].field", List.class)).containsExactly("amount");
        // each reason is a sentence in the caller's language, not a message key
        assertThat(refused.read("$.results[?(@.row == 3)].message", List.class))
                .containsExactly(
                        "Jumlah \"lima ribu\" tidak sah: tulis dalam Rupiah utuh lebih dari nol, misalnya 1.680.000.");
        assertThat(refused.read("$.results[?(@.row == 2)].message", List.class))
                .singleElement()
                .asString()
                .doesNotContain("paymentImport.")
                .isNotBlank();
        assertThat(refused.jsonString()).doesNotContain("payment.error").doesNotContain("messageKey");
        assertThat(payments("BNK-4")).isZero();

        var valid = JsonPath.parse(importFile(csv("salah.csv", bad), "HANYA_VALID"));
        assertThat(valid.read("$.recorded", Integer.class)).isEqualTo(1);
        assertThat(payments("BNK-4")).isEqualTo(1);

        mvc.perform(multipart("/api/v1/payments/imports")
                        .file(csv("x.csv", "A;B\n1;2\n"))
                        .with(accounts.as("t.bpjs"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("TANGGAL")));
        mvc.perform(multipart("/api/v1/payments/imports")
                        .file(csv("bank.csv", text))
                        .with(accounts.as("t.camat"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSqlAllocationMatchesTheLedgerAndItsInvariantsHoldForEveryPayer() throws Exception {
        long p = registered("7209022006", LocalDate.of(2025, 11, 1), null);
        registered("7209022006", LocalDate.of(2025, 12, 10), null);
        bill("2025-11", "2025-12");
        pay(payerId("APBDES-7209022006"), "20.000", "INV-1");
        assertThat(p).isPositive();

        List<Long> payers = jdbc.sql("select distinct payer_id from bill order by payer_id")
                .query(Long.class)
                .list();
        assertThat(payers).isNotEmpty();
        for (long payer : payers) {
            Ledger ledger = ledgers.ledger(payer);
            assertThat(ledger.received()).isEqualTo(ledger.allocated() + ledger.credit());
            assertThat(ledger.billed()).isEqualTo(ledger.paid() + ledger.outstanding());
            Map<YearMonth, long[]> java = new TreeMap<>();
            for (Ledger.Due d : ledger.dues()) {
                long[] m = java.computeIfAbsent(d.month(), k -> new long[2]);
                m[0] += d.amount();
                m[1] += d.paid();
            }
            Map<YearMonth, long[]> sql = new TreeMap<>();
            for (CoverageService.MonthDue d : coverage.monthDues("", ":", payer)) {
                sql.put(d.month(), new long[] {d.billed(), d.paid()});
            }
            assertThat(sql.keySet()).isEqualTo(java.keySet());
            java.forEach((m, v) ->
                    assertThat(sql.get(m)).as("payer %d month %s", payer, m).containsExactly(v));
        }
        for (Coverage.PayerArrears a :
                accounts.signedIn("t.admin", () -> coverage.arrears(RegionCode.parse("72.09"), TODAY))) {
            assertThat(a.received()).isEqualTo(a.billed() - a.outstanding() + a.credit());
            assertThat(a.buckets().values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(a.outstanding());
        }
    }

    @Test
    void pagesDocumentsAndScope() throws Exception {
        registered("7209052001", LocalDate.of(2025, 11, 1), null);
        bill("2025-11", "2025-12");
        long own = payerId("APBDES-7209052001");
        long other = payerId("APBDES-7209022001");

        mvc.perform(get("/iuran/pembayar/{id}", own).with(accounts.as("t.desa")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Peserta yang belum lunas")))
                .andExpect(content().string(Matchers.containsString("Surat pemberitahuan tunggakan")));
        mvc.perform(get("/iuran/pembayar/{id}", other).with(accounts.as("t.desa")))
                .andExpect(status().isForbidden());
        // the village's home page shows its cover and arrears and leads to its account
        mvc.perform(get("/").with(accounts.as("t.desa")))
                .andExpect(content().string(Matchers.containsString("1 pembayar menunggak")))
                .andExpect(content().string(Matchers.containsString("/iuran/pembayar/" + own)));
        mvc.perform(get("/api/v1/payers/{id}/account", other).with(accounts.as("t.desa")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/payments").with(accounts.as("t.desa")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.payerId != %d)]".formatted(own)).isEmpty());

        var pdf = mvc.perform(get("/iuran/pembayar/{id}/rekening.pdf", own).with(accounts.as("t.desa")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        mvc.perform(get("/iuran/pembayar/{id}/surat-tunggakan.pdf", own).with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/iuran/pembayar/{id}/rekening.xlsx", own).with(accounts.as("t.admin")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EXPORT' and entity_type in"
                                + " ('PAYER_STATEMENT', 'ARREARS_LETTER')")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);

        mvc.perform(get("/iuran/tunggakan").with(accounts.as("t.camat")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sansarino")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Bungayo"))));
        mvc.perform(get("/iuran/tunggakan.xlsx").with(accounts.as("t.pimpinan")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/arrears").param("region", "72.09.05").with(accounts.as("t.camat")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.payer.code == 'APBDES-7209052001')]").isNotEmpty());
        mvc.perform(get("/iuran/proyeksi").param("tanggal", "2026-03-01").with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sansarino")));
        mvc.perform(get("/api/v1/forecast").param("date", "2026-03-01").with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.payer.code == 'APBDES-7209052001')].lapsing")
                        .isNotEmpty());
        mvc.perform(get("/iuran/pembayaran").with(accounts.as("t.bpjs")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("payment-import-form")));
        mvc.perform(get("/iuran/tunggakan").param("tanggal", "kemarin").with(accounts.as("t.admin")))
                .andExpect(status().isBadRequest());
    }
}
