package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillingMonthsTest {

    /** Somebody is covered in every month from 2024-01 on, nobody before (the programme started in January 2024). */
    static final BiPredicate<YearMonth, YearMonth> FROM_2024 = (from, to) -> !to.isBefore(YearMonth.of(2024, 1));

    static String check(String month, String current, String first, String last) {
        return BillingMonths.check(
                        YearMonth.parse(month),
                        YearMonth.parse(current),
                        first == null ? null : YearMonth.parse(first),
                        last == null ? null : YearMonth.parse(last),
                        FROM_2024)
                .map(r -> r.messageKey() + " " + r.month() + " " + r.other())
                .orElse("ok");
    }

    @ParameterizedTest(name = "{0} in {1}, billed {2}–{3}: {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                // nothing billed yet: any month up to the current one may be the first
                "2025-06, 2025-12, -, -, ok",
                "2025-12, 2025-12, -, -, ok",
                "2026-01, 2025-12, -, -, billing.error.future 2026-01 2025-12",
                // the next month, the current month, a month billed already (re-run)
                "2025-12, 2025-12, 2024-01, 2025-11, ok",
                "2025-10, 2025-12, 2024-01, 2025-11, ok",
                "2024-01, 2025-12, 2024-01, 2025-11, ok",
                // after the current month, even when it is the next one
                "2026-01, 2025-12, 2024-01, 2025-12, billing.error.future 2026-01 2025-12",
                "2027-02, 2026-12, 2024-01, 2026-12, billing.error.future 2027-02 2026-12",
                // a month that skips one not billed names the month to bill first
                "2025-12, 2025-12, 2024-01, 2025-10, billing.error.gap 2025-12 2025-11",
                "2025-12, 2026-03, 2024-01, 2025-06, billing.error.gap 2025-12 2025-07",
                // backwards: the month before the first billed month, not one further back
                "2024-05, 2025-12, 2024-06, 2025-12, ok",
                "2024-04, 2025-12, 2024-06, 2025-12, billing.error.gap 2024-04 2024-05",
                // months with nobody covered need no bill: before the programme started nothing is skipped
                "2023-11, 2025-12, 2024-01, 2025-12, ok",
            })
    void monthsAreBilledInOneUnbrokenRunUpToTheCurrentMonth(
            String month, String current, String first, String last, String expected) {
        assertThat(check(month, current, first, last)).isEqualTo(expected);
    }

    @Test
    void aGapWithNobodyCoveredIsNoGap() {
        // everybody left after March 2024; new workers from July 2025: April 2024 – June 2025 need no bill
        BiPredicate<YearMonth, YearMonth> nobodyBetween =
                (from, to) -> from.isBefore(YearMonth.of(2024, 4)) || to.isAfter(YearMonth.of(2025, 6));
        assertThat(BillingMonths.check(
                        YearMonth.of(2025, 7),
                        YearMonth.of(2025, 12),
                        YearMonth.of(2024, 1),
                        YearMonth.of(2024, 3),
                        nobodyBetween))
                .isEmpty();
        assertThat(BillingMonths.check(
                        YearMonth.of(2025, 8),
                        YearMonth.of(2025, 12),
                        YearMonth.of(2024, 1),
                        YearMonth.of(2024, 3),
                        nobodyBetween))
                .isPresent();
    }

    @ParameterizedTest(name = "last {0}, first registration {1}, now {2}: next {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2025-11, 2024-01, 2025-12, 2025-12",
                "2025-12, 2024-01, 2025-12, 2026-01",
                "-, 2024-03, 2025-12, 2024-03",
                "-, 2026-02, 2025-12, 2025-12",
                "-, -, 2025-12, 2025-12",
            })
    void theNextMonthFollowsTheLastBilledOne(String last, String firstCovered, String current, String next) {
        assertThat(BillingMonths.next(
                        last == null ? null : YearMonth.parse(last),
                        firstCovered == null ? null : YearMonth.parse(firstCovered),
                        YearMonth.parse(current)))
                .isEqualTo(YearMonth.parse(next));
    }
}
