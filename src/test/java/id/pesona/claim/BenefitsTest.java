package id.pesona.claim;

import static org.assertj.core.api.Assertions.assertThat;

import id.pesona.contribution.CoverStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each benefit formula with the seeded rule rows, in whole Rupiah. */
class BenefitsTest {

    static final BenefitRules RULES = DefaultRules.rules();

    static Eligibility.Assessment covered(ClaimType type, LocalDate date, YearMonth since) {
        return Eligibility.assess(
                new Eligibility.Facts(
                        type, date, date, since.atDay(1), null, CoverStatus.AKTIF, since, List.of(), 0, "Desa"),
                RULES.terms(date));
    }

    static Benefits.Estimate estimate(
            ClaimType type, String since, Outcome outcome, Integer days, Integer bp, long income) {
        LocalDate date = LocalDate.of(2025, 12, 1);
        return Benefits.estimate(
                new Benefits.Incident(type, date, outcome, days, bp, income),
                covered(type, date, YearMonth.parse(since)),
                RULES);
    }

    @ParameterizedTest(name = "JKM member since {0}: total {1}, scholarship up to {2}")
    @CsvSource(textBlock = """
            # 20,000,000 lump sum + 24 × 500,000 + 10,000,000 funeral = 42,000,000
            # death on 1 December 2025: 2 months of membership pay 10,000,000 in all (Permenaker 1/2025)
            2025-10, 10000000, 0
            2025-09, 42000000, 0
            2023-01, 42000000, 0
            2022-12, 42000000, 174000000
            """)
    void jkm(String since, long total, long upTo) {
        var e = estimate(ClaimType.JKM, since, null, null, null, 1_000_000);
        assertThat(e.total()).isEqualTo(total);
        assertThat(e.upToTotal()).isEqualTo(upTo);
        assertThat(e.lines()).allSatisfy(l -> assertThat(l.legalBasis()).isNotBlank());
    }

    @ParameterizedTest(name = "JKK {0} ({1} days, {2} bp) at income {3}: {4}, up to {5}")
    @CsvSource(textBlock = """
            # outcome,      days, bp,   income,  total,     up to
            PERAWATAN,      ,     ,     1000000, 0,         0
            # STMB: 100 % of the income for 12 months (360 days), 50 % after; per day = income / 30
            STMB,           30,   ,     1000000, 1000000,   0
            STMB,           7,    ,     1000000, 233333,    0
            STMB,           360,  ,     1500000, 18000000,  0
            STMB,           390,  ,     1000000, 12500000,  0
            # permanent partial disability (anatomical, PP 82/2019 Lampiran): table % × 80 × income
            CACAT_SEBAGIAN, ,     1000, 1000000, 8000000,   0
            CACAT_SEBAGIAN, ,     3000, 1000000, 24000000,  0
            CACAT_SEBAGIAN, ,     2500, 1250000, 25000000,  0
            # total: 56 × income + periodic 24 × 500,000 (konfirmasi), home care up to 20,000,000, scholarship up to
            # 174,000,000
            CACAT_TOTAL,    ,     ,     1000000, 68000000,  194000000
            # death: 48 × income + funeral 10,000,000 + periodic 12,000,000 (lowest income: Rp70,000,000)
            MENINGGAL,      ,     ,     1000000, 70000000,  174000000
            MENINGGAL,      ,     ,     2000000, 118000000, 174000000
            """)
    void jkk(Outcome outcome, Integer days, Integer bp, long income, long total, long upTo) {
        var e = estimate(ClaimType.JKK, "2025-11", outcome, days, bp, income);
        assertThat(e.total()).isEqualTo(total);
        assertThat(e.upToTotal()).isEqualTo(upTo);
        assertThat(e.lines().get(0).code()).isEqualTo(BenefitCode.JKK_PERAWATAN);
        assertThat(e.lines().get(0).amount()).isNull();
    }

    @ParameterizedTest(name = "{0}: table {1} bp, loss of function {2} bp at {3} = {4}")
    @CsvSource(textBlock = """
            # rule (regulation, article),                              table, loss,  income,  amount
            # anatomical: table % × 80 × income; 30 % at Rp1,000,000 = 0.3 × 80 × 1,000,000 (not × 56 = 16,800,000)
            PP 44/2015 jo. PP 82/2019 Lampiran (cacat anatomis),       3000,  ,      1000000, 24000000
            PP 44/2015 jo. PP 82/2019 Lampiran (cacat anatomis),       1250,  ,      1500000, 15000000
            # functional: loss of function × table % × 80 × income; 50 % of 30 % at Rp1,000,000 = 0.5 × 0.3 × 80,000,000
            PP 44/2015 jo. PP 82/2019 Lampiran (cacat fungsi),         3000,  5000,  1000000, 12000000
            PP 44/2015 jo. PP 82/2019 Lampiran (cacat fungsi),         1000,  10000, 2000000, 16000000
            # 33.33 % of 10 % of 80 × 1,000,000 = 0.3333 × 0.1 × 80,000,000
            PP 44/2015 jo. PP 82/2019 Lampiran (cacat fungsi),         1000,  3333,  1000000, 2666400
            """)
    void partialDisability(String rule, int table, Integer loss, long income, long amount) {
        LocalDate date = LocalDate.of(2025, 12, 1);
        var e = Benefits.estimate(
                new Benefits.Incident(ClaimType.JKK, date, Outcome.CACAT_SEBAGIAN, null, table, loss, null, income),
                covered(ClaimType.JKK, date, YearMonth.of(2025, 11)),
                RULES);
        assertThat(e.total()).isEqualTo(amount);
        var line = e.lines().get(1);
        assertThat(line.code()).isEqualTo(loss == null ? BenefitCode.JKK_CACAT_SEBAGIAN : BenefitCode.JKK_CACAT_FUNGSI);
        assertThat(line.amount()).isEqualTo(amount);
        assertThat(line.args()).contains(80);
    }

    @org.junit.jupiter.api.Test
    void totalDisabilityAddsItsPeriodicBenefit() {
        LocalDate date = LocalDate.of(2025, 12, 1);
        var e = Benefits.estimate(
                new Benefits.Incident(ClaimType.JKK, date, Outcome.CACAT_TOTAL, null, null, 1_000_000),
                covered(ClaimType.JKK, date, YearMonth.of(2025, 11)),
                RULES);
        // 56 × 1,000,000 + 24 × 500,000
        assertThat(e.lines())
                .extracting(Benefits.Line::code, Benefits.Line::amount)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(BenefitCode.JKK_CACAT_TOTAL, 56_000_000L),
                        org.assertj.core.groups.Tuple.tuple(BenefitCode.JKK_CACAT_TOTAL_BERKALA, 12_000_000L));
        assertThat(e.total()).isEqualTo(68_000_000L);
    }

    @ParameterizedTest(name = "registered {1}, died {2}: {3} months, {4}")
    @CsvSource(textBlock = """
            # rule,                                            registered, died,       months, total
            # Permenaker 1/2025 counts from the registration day: 20 Jan → 5 Apr is 2 months 16 days (Rp10,000,000),
            # not 3 months from 1 January (Rp42,000,000)
            Permenaker 1/2025 (3 bulan sejak mulai kepesertaan), 2025-01-20, 2025-04-05, 2,      10000000
            Permenaker 1/2025 (3 bulan sejak mulai kepesertaan), 2025-01-20, 2025-04-19, 2,      10000000
            Permenaker 1/2025 (3 bulan sejak mulai kepesertaan), 2025-01-20, 2025-04-20, 3,      42000000
            # in force from its promulgation, 24 February 2025: a death before it is paid in full whatever the months
            PP 82/2019 Pasal 34 (sebelum Permenaker 1/2025),     2024-12-10, 2025-01-15, 1,      42000000
            PP 82/2019 Pasal 34 (sebelum Permenaker 1/2025),     2024-12-10, 2025-02-23, 2,      42000000
            Permenaker 1/2025 (diundangkan 24 Februari 2025),    2024-12-10, 2025-02-24, 2,      10000000
            PP 82/2019 Pasal 34 (sebelum Permenaker 1/2025),     2024-11-20, 2024-12-20, 1,      42000000
            """)
    void jkmThreeMonthsFromTheMembershipStartDate(
            String rule, LocalDate registered, LocalDate died, int months, long total) {
        var a = Eligibility.assess(
                new Eligibility.Facts(
                        ClaimType.JKM,
                        died,
                        died,
                        registered,
                        null,
                        CoverStatus.AKTIF,
                        YearMonth.from(registered),
                        List.of(),
                        0,
                        "Desa"),
                RULES.terms(died));
        assertThat(a.membershipMonths()).isEqualTo(months);
        var e = Benefits.estimate(new Benefits.Incident(ClaimType.JKM, died, null, null, null, 1_000_000), a, RULES);
        assertThat(e.total()).isEqualTo(total);
        assertThat(e.lines().get(0).code())
                .isEqualTo(total == 10_000_000L ? BenefitCode.JKM_AWAL : BenefitCode.JKM_SEKALIGUS);
    }

    @ParameterizedTest(name = "{0}: {1} up to {2}")
    @CsvSource(textBlock = """
            # rule (regulation),                                    transport, up to (on top of the outcome's ceilings)
            PP 44/2015 jo. PP 82/2019 Lampiran (angkutan darat),    DARAT,     5000000
            PP 44/2015 jo. PP 82/2019 Lampiran (angkutan laut),     LAUT,      2000000
            PP 44/2015 jo. PP 82/2019 Lampiran (angkutan udara),    UDARA,     10000000
            no transport: no line,                                  ,          0
            """)
    void transportToCareUpToItsCeiling(String rule, Transport transport, long upTo) {
        LocalDate date = LocalDate.of(2025, 12, 1);
        var e = Benefits.estimate(
                new Benefits.Incident(ClaimType.JKK, date, Outcome.STMB, 30, null, null, transport, 1_000_000),
                covered(ClaimType.JKK, date, YearMonth.of(2025, 11)),
                RULES);
        // care as needed + 30 days of STMB at 100 % of Rp1,000,000 + the transport ceiling
        assertThat(e.total()).isEqualTo(1_000_000L);
        assertThat(e.upToTotal()).isEqualTo(upTo);
        assertThat(e.lines().stream().filter(Benefits.Line::upTo).map(Benefits.Line::code))
                .containsExactlyElementsOf(transport == null ? List.of() : List.of(transport.rule()));
    }

    @org.junit.jupiter.api.Test
    void theReportingDeadlineIsTwoDaysUnderPermenaker5Of2021() {
        var row = RULES.require(BenefitCode.JKK_BATAS_LAPOR, LocalDate.of(2025, 12, 1));
        assertThat(row.quantity()).isEqualTo(2);
        assertThat(row.legalBasis()).startsWith("Permenaker 5/2021");
        assertThat(RULES.terms(LocalDate.of(2025, 12, 1)).reportDays()).isEqualTo(2);
    }

    @org.junit.jupiter.api.Test
    void notCoveredHasNoEstimate() {
        LocalDate date = LocalDate.of(2025, 12, 1);
        var a = Eligibility.assess(
                new Eligibility.Facts(
                        ClaimType.JKM,
                        date,
                        date,
                        LocalDate.of(2025, 1, 1),
                        null,
                        CoverStatus.NONAKTIF,
                        YearMonth.of(2025, 1),
                        List.of(),
                        0,
                        "Desa"),
                RULES.terms(date));
        assertThat(Benefits.estimate(new Benefits.Incident(ClaimType.JKM, date, null, null, null, 1_000_000), a, RULES))
                .isEqualTo(Benefits.Estimate.NONE);
    }

    @org.junit.jupiter.api.Test
    void aNewerRowChangesTheAmountFromItsDate() {
        var rows = new java.util.ArrayList<>(RULES.rows());
        rows.add(new BenefitRule(
                99,
                BenefitCode.JKM_SEKALIGUS,
                LocalDate.of(2026, 1, 1),
                25_000_000L,
                null,
                null,
                null,
                null,
                "Peraturan baru",
                "t.admin"));
        var rules = new BenefitRules(rows);
        assertThat(rules.require(BenefitCode.JKM_SEKALIGUS, LocalDate.of(2025, 12, 31))
                        .amount())
                .isEqualTo(20_000_000L);
        assertThat(rules.require(BenefitCode.JKM_SEKALIGUS, LocalDate.of(2026, 1, 1))
                        .amount())
                .isEqualTo(25_000_000L);
    }
}
