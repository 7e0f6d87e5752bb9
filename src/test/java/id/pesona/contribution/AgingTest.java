package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgingTest {

    @ParameterizedTest(name = "{0} due {1}")
    @CsvSource({
        "2025-12, 2025-12-15", // Monday
        "2025-11, 2025-11-17", // the 15th is a Saturday
        "2026-02, 2026-02-16" // the 15th is a Sunday
    })
    void dueOnThe15thOrTheNextWorkingDay(YearMonth month, LocalDate due) {
        assertThat(Aging.dueDate(month, 15, Set.of())).isEqualTo(due);
    }

    @Test
    void holidaysMoveTheDueDate() {
        assertThat(Aging.dueDate(YearMonth.of(2025, 12), 15, Set.of(LocalDate.of(2025, 12, 15))))
                .isEqualTo(LocalDate.of(2025, 12, 16));
    }

    @ParameterizedTest
    @CsvSource({
        "0, BELUM_JATUH_TEMPO",
        "1, HARI_1_30",
        "30, HARI_1_30",
        "31, HARI_31_60",
        "60, HARI_31_60",
        "61, HARI_61_90",
        "90, HARI_61_90",
        "91, LEBIH_90",
        "-5, BELUM_JATUH_TEMPO"
    })
    void bucketsByDaysPastDue(long days, Aging.Bucket bucket) {
        assertThat(Aging.bucket(days)).isEqualTo(bucket);
    }

    @Test
    void outstandingSummedPerBucket() {
        Map<YearMonth, Long> open = Map.of(
                YearMonth.of(2025, 8), 1_680_000L,
                YearMonth.of(2025, 9), 1_680_000L,
                YearMonth.of(2025, 11), 1_680_000L,
                YearMonth.of(2025, 12), 1_680_000L);
        var b = Aging.of(open, LocalDate.of(2025, 12, 19), 15, Set.of());
        assertThat(b.get(Aging.Bucket.BELUM_JATUH_TEMPO)).isZero();
        // on 19 December 2025: December is 4 days late, November (due Monday 17th) 32, September 95, August 126
        assertThat(b.get(Aging.Bucket.HARI_1_30)).isEqualTo(1_680_000L);
        assertThat(b.get(Aging.Bucket.HARI_31_60)).isEqualTo(1_680_000L);
        assertThat(b.get(Aging.Bucket.HARI_61_90)).isZero();
        assertThat(b.get(Aging.Bucket.LEBIH_90)).isEqualTo(3_360_000L);
    }
}
