package id.pesona.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.pesona.contribution.IncomeBand;
import id.pesona.contribution.IncomeBands;
import id.pesona.contribution.TariffRule;
import id.pesona.contribution.Tariffs;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One worker's yearly contribution, month by month with the tariff in force, at Rp1.000.000 declared income. */
class BudgetPlannerTest {

    /** V35's band table: up to Rp1.000.000 insured at Rp1.000.000, above it as declared. */
    static final IncomeBands BANDS = new IncomeBands(List.of(
            new IncomeBand(1, "BPU", LocalDate.of(2019, 12, 1), 0, 1_000_000L, 1_000_000L, "Permenaker 5/2021"),
            new IncomeBand(2, "BPU", LocalDate.of(2019, 12, 1), 1_000_001, null, null, "Permenaker 5/2021")));

    static Tariffs tariffs(Set<String> discounted) {
        return new Tariffs(
                List.of(
                        TariffRule.rate("JKK", "BPU", YearMonth.of(2019, 12), 100, "PP 82/2019"),
                        TariffRule.flat("JKM", "BPU", YearMonth.of(2019, 12), 6_800, "PP 82/2019"),
                        TariffRule.rate("JKK", "BPU", YearMonth.of(2026, 4), 50, "PP 50/2025")
                                .until(YearMonth.of(2026, 12))
                                .onlyFor(discounted),
                        TariffRule.flat("JKM", "BPU", YearMonth.of(2026, 4), 3_400, "PP 50/2025")
                                .until(YearMonth.of(2026, 12))
                                .onlyFor(discounted)),
                BANDS);
    }

    @ParameterizedTest(name = "{0}: {1} in {2} = {3}")
    @CsvSource({
        // discount rows for LAINNYA only (the default): village budgets pay the full 12 × 16.800
        "LAINNYA, APBDES, 2025, 201600",
        "LAINNYA, APBDES, 2026, 201600",
        "LAINNYA, APBD_KABUPATEN, 2026, 201600",
        // 3 × 16.800 (Jan–Mar) + 9 × 8.400 (Apr–Dec)
        "LAINNYA, LAINNYA, 2026, 126000",
        // the admin extends the discount to APBDes: desa pay less, kelurahan (APBD) do not
        "APBDES, APBDES, 2026, 126000",
        "APBDES, APBD_KABUPATEN, 2026, 201600",
        "APBDES, APBDES, 2027, 201600"
    })
    void yearlyContributionPerWorker(String discounted, String source, int year, long expected) {
        List<Long> months = BudgetPlanner.months(tariffs(Set.of(discounted)), year, source, 1_000_000);
        assertThat(months).hasSize(12);
        assertThat(months.stream().mapToLong(Long::longValue).sum()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "1000000, 201600",
        "1500000, 261600",
        "2000000, 321600",
        // below the lowest band (Permenaker 5/2021 Lampiran): priced at Rp1.000.000, 12 × 16.800, not 12 × 11.800
        "500000, 201600"
    })
    void incomeChangesJkkOnly(long income, long expected) {
        assertThat(BudgetPlanner.months(tariffs(Set.of("LAINNYA")), 2025, "APBDES", income).stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(expected);
    }
}
