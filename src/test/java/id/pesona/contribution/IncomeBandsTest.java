package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Declared income as a band (domain.md: the lowest Rp1.000.000; an income below it is billed and insured at it). */
class IncomeBandsTest {

    static final LocalDate START = LocalDate.of(2019, 12, 1);
    static final String LOWEST = "PP 44/2015 jo. PP 82/2019 Lampiran; Permenaker 5/2021 Lampiran";

    /** The rows V35 seeds. */
    static final List<IncomeBand> SEEDED = List.of(
            new IncomeBand(1, "BPU", START, 0, 1_000_000L, 1_000_000L, LOWEST),
            new IncomeBand(2, "BPU", START, 1_000_001, null, null, "Permenaker 5/2021 Lampiran (konfirmasi)"));

    /**
     * A table the branch might confirm from 2027 (not seeded; shows a new table from a date replacing the whole table
     * and an income rounded up to the band containing it).
     */
    static final LocalDate LATER = LocalDate.of(2027, 1, 1);

    static final List<IncomeBand> CONFIRMED = List.of(
            new IncomeBand(3, "BPU", LATER, 0, 1_000_000L, 1_000_000L, "uji"),
            new IncomeBand(4, "BPU", LATER, 1_000_001, 1_500_000L, 1_500_000L, "uji"),
            new IncomeBand(5, "BPU", LATER, 1_500_001, null, 2_000_000L, "uji"));

    static final IncomeBands BANDS = new IncomeBands(concat(SEEDED, CONFIRMED));

    static List<IncomeBand> concat(List<IncomeBand> a, List<IncomeBand> b) {
        var out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @ParameterizedTest(name = "{0} {1}: declared {2} -> insured {3}")
    @CsvSource(textBlock = """
            # rule (regulation),                                      segment, date,       declared, insured
            # below the lowest band: billed and insured at Rp1.000.000, never at 1 % of a smaller amount
            Permenaker 5/2021 Lampiran (penghasilan terendah),        BPU,     2025-12-01, 500000,   1000000
            Permenaker 5/2021 Lampiran (penghasilan terendah),        BPU,     2025-12-01, 0,        1000000
            Permenaker 5/2021 Lampiran (penghasilan terendah),        BPU,     2025-12-01, 999999,   1000000
            Permenaker 5/2021 Lampiran (penghasilan terendah),        BPU,     2025-12-01, 1000000,  1000000
            # above it, as declared until the branch confirms the annex table (konfirmasi)
            Permenaker 5/2021 Lampiran (konfirmasi),                  BPU,     2025-12-01, 1000001,  1000001
            Permenaker 5/2021 Lampiran (konfirmasi),                  BPU,     2025-12-01, 1500000,  1500000
            # a table from a later date replaces the whole table from that date, rounding up to the band containing it
            table from 2027,                                          BPU,     2026-12-31, 1200000,  1200000
            table from 2027,                                          BPU,     2027-01-01, 1200000,  1500000
            table from 2027,                                          BPU,     2027-01-01, 1500001,  2000000
            table from 2027,                                          BPU,     2027-01-01, 300000,   1000000
            # PU (siltap, PP 44/2015 Pasal 18 upah) has no band
            PP 44/2015 (PU: iuran dari upah),                         PU,      2025-12-01, 500000,   500000
            # before the first table: as declared
            no table in force,                                        BPU,     2019-11-30, 500000,   500000
            """)
    void aDeclaredIncomeIsInsuredAtItsBand(String rule, String segment, LocalDate date, long declared, long insured) {
        assertThat(BANDS.insured(segment, date, declared)).isEqualTo(insured);
    }

    @ParameterizedTest(name = "{0}: {1} at {2} -> {3}")
    @CsvSource(textBlock = """
            # rule,                                                    month,   declared, JKK + JKM
            # JKK 1 % of the band (PP 44/2015 jo. PP 82/2019; Permenaker 5/2021) + JKM Rp6.800: Rp500.000 -> Rp10.000 JKK
            PP 44/2015 jo. PP 82/2019; Permenaker 5/2021,              2025-12, 500000,   16800
            PP 44/2015 jo. PP 82/2019; Permenaker 5/2021,              2025-12, 1000000,  16800
            PP 44/2015 jo. PP 82/2019; Permenaker 5/2021,              2025-12, 1500000,  21800
            # PP 50/2025 halves JKK + JKM of the band for April–December 2026 where the row applies
            PP 50/2025,                                                2026-05, 500000,   8400
            """)
    void theTariffPricesTheBandNotTheTypedIncome(String rule, YearMonth month, long declared, long total) {
        Tariffs tariffs = new Tariffs(TariffsTest.TARIFFS.rules(), new IncomeBands(SEEDED));
        assertThat(tariffs.total(List.of("JKK", "JKM"), "BPU", month, "APBDES", declared))
                .isEqualTo(total);
    }

    @org.junit.jupiter.api.Test
    void theSeededTableStartsAtZeroAndLeavesNoGap() {
        var table = new IncomeBands(SEEDED).inForce("BPU", LocalDate.of(2025, 12, 1));
        assertThat(table.get(0).incomeFrom()).isZero();
        for (int i = 1; i < table.size(); i++) {
            assertThat(table.get(i).incomeFrom()).isEqualTo(table.get(i - 1).incomeTo() + 1);
        }
        assertThat(table.get(table.size() - 1).incomeTo()).isNull();
    }
}
