package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import id.pesona.access.TestAccounts;
import id.pesona.support.AtOnce;
import id.pesona.support.Billing;
import id.pesona.support.IntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The same payment, payment file, reversal and billing run sent by many threads at once through the running app's
 * HTTP API (and the payment form through the page): exactly one effect, every other answer a clear Indonesian
 * conflict (409 problem+json in the API, the sentence beside the form on the page), never a 500; and every total
 * equals the sum of what the answers said was recorded.
 */
class ConcurrentPaymentsIT extends IntegrationTest {

    static final int AT_ONCE = 12;

    @Autowired
    TestAccounts accounts;

    @LocalServerPort
    int port;

    long payerId(String code) {
        return jdbc.sql("select id from payer where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    String payerName(long payer) {
        return jdbc.sql("select name from payer where id = ?")
                .param(payer)
                .query(String.class)
                .single();
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    static String payment(long payer, String amount, String reference) {
        return "{\"payerId\":%d,\"paidOn\":\"2025-12-18\",\"amount\":\"%s\",\"reference\":\"%s\"}"
                .formatted(payer, amount, reference);
    }

    static List<HttpResponse<String>> withStatus(List<HttpResponse<String>> answers, int status) {
        return answers.stream().filter(r -> r.statusCode() == status).toList();
    }

    /** A 409 problem document in Indonesian whose detail says what already exists. */
    static void conflict(HttpResponse<String> r, String field, String... detail) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        var json = JsonPath.parse(r.body());
        assertThat(json.read("$.status", Integer.class)).isEqualTo(409);
        assertThat(json.read("$.title", String.class)).isEqualTo("Bentrok dengan data yang ada");
        assertThat(json.read("$.detail", String.class)).contains(detail);
        assertThat(json.read("$.errors." + field, String.class)).isEqualTo(json.read("$.detail", String.class));
    }

    /** The payer's cover rows: one per participant, however many refreshes ran at once. */
    void coverOncePerParticipant(long payer) {
        assertThat(count("select count(*) from cover_state where payer_id = ?", payer))
                .isEqualTo(count("select count(distinct participant_id) from cover_state where payer_id = ?", payer))
                .isPositive();
    }

    @Test
    void theSamePaymentSentTwelveTimesAtOnceIsRecordedOnceAndElevenAnswersAreConflictsInIndonesian() throws Exception {
        Fixtures.registered(jdbc, "7209022010", "APBDES", 1_000_000, LocalDate.of(2025, 10, 1), null);
        Billing.months(mvc, accounts.as("t.admin"), "2025-10", "2025-11", "2025-12");
        long payer = payerId("APBDES-7209022010");
        String token = AtOnce.token(mvc, accounts, "t.bpjs");

        var answers = AtOnce.send(
                AT_ONCE, AtOnce.postJson(port, token, "/api/v1/payments", payment(payer, "16.800", "SERENTAK-1")));

        assertThat(answers).as("no server error").noneMatch(r -> r.statusCode() >= 500);
        assertThat(withStatus(answers, 201)).as("exactly one is recorded").hasSize(1);
        long id = JsonPath.parse(withStatus(answers, 201).get(0).body()).read("$.id", Long.class);
        assertThat(answers.stream().filter(r -> r.statusCode() != 201))
                .hasSize(AT_ONCE - 1)
                .allSatisfy(r -> conflict(
                        r,
                        "reference",
                        "Pembayaran dengan referensi SERENTAK-1 sudah tercatat untuk " + payerName(payer),
                        "tidak dicatat dua kali"));
        assertThat(count("select count(*) from payment where payer_id = ? and reference = 'SERENTAK-1'", payer))
                .isEqualTo(1L);
        assertThat(count("select coalesce(sum(amount), 0) from payment where payer_id = ?", payer))
                .isEqualTo(16_800L);
        assertThat(count(
                        "select count(*) from audit_event where entity_type = 'PAYMENT' and entity_id = ?",
                        String.valueOf(id)))
                .isEqualTo(1L);
        // the payer's ledger counted it once: October paid, November and December still open
        assertThat(count("select coalesce(sum(paid), 0) from payer_month where payer_id = ?", payer))
                .isEqualTo(16_800L);
        coverOncePerParticipant(payer);
    }

    @Test
    void twelveDifferentPaymentsOfOnePayerAtOnceAreAllRecordedAndTheLedgerAddsThemUp() throws Exception {
        Fixtures.registered(jdbc, "7209022011", "APBDES", 1_000_000, LocalDate.of(2025, 10, 1), null);
        Fixtures.registered(jdbc, "7209022011", "APBDES", 1_000_000, LocalDate.of(2025, 10, 1), null);
        Billing.months(mvc, accounts.as("t.admin"), "2025-10", "2025-11", "2025-12");
        long payer = payerId("APBDES-7209022011");
        String token = AtOnce.token(mvc, accounts, "t.bpjs");
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 1; i <= AT_ONCE; i++) {
            requests.add(AtOnce.postJson(port, token, "/api/v1/payments", payment(payer, "1.000", "BEDA-" + i)));
        }

        var answers = AtOnce.send(requests);

        // each refreshes the same payer's cover: they take turns instead of colliding on its rows
        assertThat(answers)
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        long sumOfAnswers = answers.stream()
                .mapToLong(r -> JsonPath.parse(r.body()).read("$.amount", Long.class))
                .sum();
        assertThat(sumOfAnswers).isEqualTo(AT_ONCE * 1_000L);
        assertThat(count("select coalesce(sum(amount), 0) from payment where payer_id = ?", payer))
                .isEqualTo(sumOfAnswers);
        assertThat(count("select coalesce(sum(paid), 0) from payer_month where payer_id = ?", payer))
                .isEqualTo(sumOfAnswers);
        coverOncePerParticipant(payer);
    }

    @Test
    void aPaymentReversedTwelveTimesAtOnceIsReversedOnce() throws Exception {
        Fixtures.registered(jdbc, "7209022012", "APBDES", 1_000_000, LocalDate.of(2025, 12, 1), null);
        long payer = payerId("APBDES-7209022012");
        String token = AtOnce.token(mvc, accounts, "t.bpjs");
        var created = AtOnce.send(
                1, AtOnce.postJson(port, token, "/api/v1/payments", payment(payer, "16.800", "BATAL-SERENTAK")));
        assertThat(created.get(0).statusCode()).as(created.get(0).body()).isEqualTo(201);
        long id = JsonPath.parse(created.get(0).body()).read("$.id", Long.class);

        var answers = AtOnce.send(
                AT_ONCE,
                AtOnce.postJson(
                        port, token, "/api/v1/payments/" + id + "/reversal", "{\"reason\":\"Salah pembayar\"}"));

        assertThat(withStatus(answers, 201)).hasSize(1);
        assertThat(answers.stream().filter(r -> r.statusCode() != 201))
                .hasSize(AT_ONCE - 1)
                .allSatisfy(r -> conflict(r, "payment", "Pembayaran BATAL-SERENTAK sudah dibatalkan."));
        assertThat(count("select count(*) from payment where reverses_id = ?", id))
                .isEqualTo(1L);
        assertThat(count("select coalesce(sum(amount), 0) from payment where payer_id = ?", payer))
                .isZero();
    }

    static final String BANK_FILE = """
            TANGGAL;PEMBAYAR;JUMLAH;REFERENSI;KETERANGAN
            18/12/2025;APBDES-7209022013;16.800;SRT-1;Desember
            18/12/2025;72.09.02.2014;16800;SRT-2;
            """;

    @Test
    void theSamePaymentFileImportedTwelveTimesAtOnceIsAppliedOnceAndTheOthersSayItWasImportedBefore() throws Exception {
        Fixtures.registered(jdbc, "7209022013", "APBDES", 1_000_000, LocalDate.of(2025, 12, 1), null);
        Fixtures.registered(jdbc, "7209022014", "APBDES", 1_000_000, LocalDate.of(2025, 12, 1), null);
        String token = AtOnce.token(mvc, accounts, "t.bpjs");

        var answers = AtOnce.send(
                AT_ONCE, AtOnce.upload(port, token, "/api/v1/payments/imports", "bank-serentak.csv", BANK_FILE));

        assertThat(answers).as("no server error").noneMatch(r -> r.statusCode() >= 500);
        var applied = answers.stream()
                .filter(r -> r.statusCode() == 200 && JsonPath.parse(r.body()).read("$.applied", Boolean.class))
                .toList();
        assertThat(applied).as("exactly one import records the file").hasSize(1);
        var first = JsonPath.parse(applied.get(0).body());
        assertThat(first.read("$.recorded", Integer.class)).isEqualTo(2);
        assertThat(first.read("$.sameFileBefore", Boolean.class)).isFalse();
        // every other answer: the same file was imported before (nothing recorded), or a conflict in Indonesian
        assertThat(answers.stream().filter(r -> !applied.contains(r)))
                .hasSize(AT_ONCE - 1)
                .allSatisfy(r -> {
                    if (r.statusCode() == 200) {
                        var json = JsonPath.parse(r.body());
                        assertThat(json.read("$.sameFileBefore", Boolean.class)).isTrue();
                        assertThat(json.read("$.recorded", Integer.class)).isZero();
                        assertThat(json.read("$.importId", Long.class)).isEqualTo(first.read("$.importId", Long.class));
                    } else {
                        conflict(r, "file", "sedang diimpor oleh permintaan lain");
                    }
                });
        int sumOfRecorded = answers.stream()
                .filter(r -> r.statusCode() == 200)
                .mapToInt(r -> JsonPath.parse(r.body()).read("$.recorded", Integer.class))
                .sum();
        assertThat(count("select count(*) from payment where reference in ('SRT-1', 'SRT-2')"))
                .isEqualTo(2L)
                .isEqualTo(sumOfRecorded);
        assertThat(count("select count(*) from payment_import where id = ?", first.read("$.importId", Long.class)))
                .isEqualTo(1L);
        coverOncePerParticipant(payerId("APBDES-7209022013"));
        coverOncePerParticipant(payerId("APBDES-7209022014"));
    }

    @Test
    void overlappingPaymentFilesImportedAtOnceRecordEveryReferenceOnce() throws Exception {
        Fixtures.registered(jdbc, "7209022015", "APBDES", 1_000_000, LocalDate.of(2025, 12, 1), null);
        Billing.months(mvc, accounts.as("t.admin"), "2025-12");
        String token = AtOnce.token(mvc, accounts, "t.bpjs");
        List<HttpRequest> files = new ArrayList<>();
        for (int i = 1; i <= AT_ONCE; i++) {
            // every file carries the same two receipts and one of its own
            files.add(AtOnce.upload(port, token, "/api/v1/payments/imports", "bank-" + i + ".csv", """
                    TANGGAL;PEMBAYAR;JUMLAH;REFERENSI
                    18/12/2025;APBDES-7209022015;1000;SAMA-1
                    18/12/2025;APBDES-7209022015;1000;SAMA-2
                    18/12/2025;APBDES-7209022015;500;SENDIRI-%d
                    """.formatted(i)));
        }

        var answers = AtOnce.send(files);

        assertThat(answers)
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(200, 409));
        assertThat(answers).filteredOn(r -> r.statusCode() == 409).allSatisfy(r -> conflict(r, "file", "bank-"));
        int recorded = 0;
        long amount = 0;
        for (var r : withStatus(answers, 200)) {
            var json = JsonPath.parse(r.body());
            assertThat(json.read("$.applied", Boolean.class)).isTrue();
            recorded += json.read("$.recorded", Integer.class);
            amount += json.read("$.amountRecorded", Long.class);
        }
        long payer = payerId("APBDES-7209022015");
        assertThat(count("select count(*) from payment where payer_id = ? and reference like 'SAMA-%'", payer))
                .isEqualTo(2L);
        assertThat(count("select count(*) from payment where payer_id = ?", payer))
                .isEqualTo(recorded);
        assertThat(count("select coalesce(sum(amount), 0) from payment where payer_id = ?", payer))
                .isEqualTo(amount);
        assertThat(count("select coalesce(sum(paid), 0) from payer_month where payer_id = ?", payer))
                .as("less than December's bill: all of it settles December")
                .isEqualTo(amount);
        coverOncePerParticipant(payer);
    }

    @Test
    void theBillingRunStartedTwelveTimesAtOnceBillsTheMonthOnce() throws Exception {
        Fixtures.registered(jdbc, "7209022016", "APBDES", 1_000_000, LocalDate.of(2025, 1, 1), null);
        Billing.months(mvc, accounts.as("t.admin"), "2025-12");
        String schedule = mvc.perform(get("/api/v1/billing-runs/schedule").with(accounts.as("t.admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        YearMonth next =
                YearMonth.parse(JsonPath.read(schedule, "$.lastBilled")).plusMonths(1);
        clock.set(next.atDay(4).atTime(10, 0).atZone(ZoneId.of("Asia/Makassar")).toInstant());
        long covered = count("""
                select count(*) from participant_coverage_v p
                where p.registered_on <= ? and (p.ended_on is null or p.ended_on >= ?) and p.village_code like '7209%'
                """, next.atEndOfMonth(), next.atDay(1));
        String token = AtOnce.token(mvc, accounts, "t.admin");

        var answers = AtOnce.send(
                AT_ONCE, AtOnce.postJson(port, token, "/api/v1/billing-runs", "{\"month\":\"" + next + "\"}"));

        assertThat(answers).as("no server error").noneMatch(r -> r.statusCode() >= 500);
        assertThat(answers).filteredOn(r -> r.statusCode() != 200).allSatisfy(r -> conflict(r, "month", "Tagihan"));
        var ran = withStatus(answers, 200);
        int bills = 0;
        int lines = 0;
        int withEffect = 0;
        for (var r : ran) {
            var json = JsonPath.parse(r.body());
            bills += json.read("$.bills", Integer.class);
            int l = json.read("$.lines", Integer.class);
            lines += l;
            if (l > 0) {
                withEffect++;
            }
        }
        // one run billed the month; every later one found it billed and added nothing
        assertThat(withEffect).isEqualTo(1);
        long lineRows = count(
                "select count(*) from bill_line where contribution_month = ? and kind = 'TAGIHAN'", next.atDay(1));
        assertThat(lineRows).isEqualTo(lines).isEqualTo(covered);
        assertThat(count("select count(*) from bill where contribution_month = ?", next.atDay(1)))
                .isEqualTo(bills);
        assertThat(count("""
                        select count(*) from (select participant_id from bill_line
                        where contribution_month = ? and kind = 'TAGIHAN'
                        group by participant_id having count(*) > 1) twice
                        """, next.atDay(1))).isZero();
        assertThat(count(
                        "select count(*) from audit_event where entity_type = 'BILLING_RUN' and entity_id = ?",
                        next.toString()))
                .isEqualTo(ran.size());
    }

    @Test
    void thePaymentFormSentAgainOrAtOnceShowsTheIndonesianSentenceBesideTheForm() throws Exception {
        Fixtures.registered(jdbc, "7209022009", "APBDES", 1_000_000, LocalDate.of(2025, 12, 1), null);
        long payer = payerId("APBDES-7209022009");
        List<Callable<MockHttpServletResponse>> clicks = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            clicks.add(() -> mvc.perform(post("/iuran/pembayaran")
                            .with(accounts.as("t.bpjs"))
                            .with(csrf())
                            .param("payerId", String.valueOf(payer))
                            .param("paidOn", "2025-12-18")
                            .param("amount", "16.800")
                            .param("reference", "FORMULIR-1"))
                    .andReturn()
                    .getResponse());
        }

        var answers = AtOnce.run(clicks);

        String sentence = "Pembayaran dengan referensi FORMULIR-1 sudah tercatat untuk " + payerName(payer);
        assertThat(answers)
                .filteredOn(r -> r.getStatus() == 302)
                .hasSize(1)
                .allSatisfy(r -> assertThat(r.getRedirectedUrl()).isEqualTo("/iuran/pembayar/" + payer));
        assertThat(answers)
                .filteredOn(r -> r.getStatus() != 302)
                .hasSize(AT_ONCE - 1)
                .allSatisfy(r -> {
                    assertThat(r.getStatus()).isEqualTo(200);
                    assertThat(r.getContentAsString())
                            .contains("id=\"payment-error\"")
                            .contains(sentence);
                });
        // the same form sent again later: the same sentence, the typed values kept
        var again = mvc.perform(post("/iuran/pembayaran")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .param("payerId", String.valueOf(payer))
                        .param("paidOn", "2025-12-18")
                        .param("amount", "16.800")
                        .param("reference", "FORMULIR-1"))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getContentAsString()).contains(sentence).contains("value=\"FORMULIR-1\"");
        assertThat(count("select count(*) from payment where payer_id = ? and reference = 'FORMULIR-1'", payer))
                .isEqualTo(1L);
    }
}
