package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TariffsTest {

    static final YearMonth START = YearMonth.of(2019, 12);
    static final String PP82 = "PP 44/2015 jo. PP 82/2019; Permenaker 5/2021";
    static final String PP50 = "PP 50/2025 (diskon iuran BPU April–Desember 2026)";

    /** The default rows of domain.md, with PP 50/2025's discount switched on for village-funded workers. */
    static final Tariffs TARIFFS = new Tariffs(List.of(
            TariffRule.rate("JKK", "BPU", START, 100, PP82),
            TariffRule.flat("JKM", "BPU", START, 6_800, PP82),
            TariffRule.rate("JHT", "BPU", START, 200, PP82),
            TariffRule.rate("JKK", "BPU", YearMonth.of(2026, 4), 50, PP50)
                    .until(YearMonth.of(2026, 12))
                    .onlyFor(Set.of("APBDES", "LAINNYA")),
            TariffRule.flat("JKM", "BPU", YearMonth.of(2026, 4), 3_400, PP50)
                    .until(YearMonth.of(2026, 12))
                    .onlyFor(Set.of("APBDES", "LAINNYA")),
            TariffRule.rate("JKK", "PU", START, 24, "PP 44/2015 (risiko sangat rendah 0,24 %)"),
            TariffRule.rate("JKM", "PU", START, 30, "PP 44/2015 (0,30 %)")));

    @ParameterizedTest(name = "{0} {1} {2} income {3} -> {4}")
    @CsvSource({
        // the usual package: JKK 1 % of Rp1.000.000 + JKM Rp6.800
        "BPU, 2025-12, APBDES,         1000000, JKK+JKM,     16800",
        "BPU, 2026-03, APBDES,         1000000, JKK+JKM,     16800",
        // PP 50/2025 halves JKK+JKM for April–December 2026 where the admin switched it on
        "BPU, 2026-04, APBDES,         1000000, JKK+JKM,      8400",
        "BPU, 2026-12, APBDES,         1000000, JKK+JKM,      8400",
        "BPU, 2027-01, APBDES,         1000000, JKK+JKM,     16800",
        // ... and not for workers paid through the regency budget
        "BPU, 2026-06, APBD_KABUPATEN, 1000000, JKK+JKM,     16800",
        // JHT (2 %) is optional and never discounted
        "BPU, 2025-12, APBDES,         1000000, JKK+JKM+JHT, 36800",
        "BPU, 2026-06, APBDES,         1000000, JKK+JKM+JHT, 28400",
        "BPU, 2025-12, APBDES,         2500000, JKK+JKM,     31800",
        // perangkat desa (PU) on the minimum siltap of a kepala desa: 0,24 % + 0,30 %, rounded half up
        "PU,  2025-12, APBDES,         2426640, JKK+JKM,     13104",
        "PU,  2025-12, APBDES,         2022200, JKK+JKM,     10920"
    })
    void pricesAMonth(String segment, YearMonth month, String funding, long base, String programmes, long total) {
        assertThat(TARIFFS.total(List.of(programmes.split("\\+")), segment, month, funding, base))
                .isEqualTo(total);
    }

    @Test
    void aYearOfAVillageOf100Workers() {
        long year = 0;
        for (int m = 1; m <= 12; m++) {
            year += TARIFFS.total(List.of("JKK", "JKM"), "BPU", YearMonth.of(2025, m), "APBDES", 1_000_000);
        }
        assertThat(year).isEqualTo(201_600);
        assertThat(year * 100).isEqualTo(20_160_000);
        assertThat(year * 150).isEqualTo(30_240_000);
    }

    @Test
    void eachLineNamesItsLegalBasis() {
        var lines = TARIFFS.price(List.of("JKK", "JKM"), "BPU", YearMonth.of(2026, 5), "APBDES", 1_000_000);
        assertThat(lines).extracting(Tariffs.Line::amount).containsExactly(5_000L, 3_400L);
        assertThat(lines).allSatisfy(l -> assertThat(l.rule().legalBasis()).startsWith("PP 50/2025"));
    }

    @Test
    void aNewerRowForTheSameMonthsCorrectsAnOlderOne() {
        // the branch confirms the discount also applies to APBDes-funded workers: the admin adds a row, edits none
        TariffRule correction = new TariffRule(
                42, "JKM", "BPU", YearMonth.of(2026, 4), YearMonth.of(2026, 12), null, 3_400L, Set.of("APBDES"), PP50);
        TariffRule older = new TariffRule(
                41, "JKM", "BPU", YearMonth.of(2026, 4), YearMonth.of(2026, 12), null, 6_800L, Set.of("APBDES"), "x");
        Tariffs t = new Tariffs(List.of(TariffRule.flat("JKM", "BPU", START, 6_800, PP82), correction, older));
        assertThat(t.ruleFor("JKM", "BPU", YearMonth.of(2026, 5), "APBDES")).contains(correction);
    }

    @Test
    void aMonthWithoutATariffIsAnErrorNotAZeroBill() {
        assertThatThrownBy(() -> TARIFFS.total(List.of("JP"), "BPU", YearMonth.of(2025, 1), "APBDES", 1_000_000))
                .hasMessageContaining("Tidak ada tarif JP");
        assertThatThrownBy(() -> TARIFFS.total(List.of("JKK"), "BPU", YearMonth.of(2019, 1), "APBDES", 1_000_000))
                .isInstanceOf(IllegalStateException.class);
    }
}
