package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForecastTest {

    static final YearMonth JAN = YearMonth.of(2025, 1);

    /** Two workers registered January 2025, billed to December 2025 at Rp16.800; paid Jan–Aug (16 months' worth). */
    static Ledger ledger(long paidAmount) {
        List<Charge> charges = new ArrayList<>();
        long id = 1;
        for (YearMonth m = JAN; !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
            charges.add(new Charge(id++, 1, m, 16_800));
            charges.add(new Charge(id++, 2, m, 16_800));
        }
        return Ledger.of(charges, List.of(PaymentEntry.of(1, LocalDate.of(2025, 8, 1), paidAmount)));
    }

    static final Map<Long, CoverRules.Membership> MEMBERS =
            Map.of(1L, CoverRules.Membership.from(JAN), 2L, CoverRules.Membership.from(JAN));
    static final Map<Long, Long> MONTHLY = Map.of(1L, 16_800L, 2L, 16_800L);

    @Test
    void listsWhoLapsesByTheDeadlineAndWhatPreventsIt() {
        Ledger l = ledger(16 * 16_800); // January to August paid for both
        // on 19 December 2025 (4th unpaid month is December): September–December unpaid → NONAKTIF already
        // look instead from 19 November (3 unpaid: Sep, Oct, Nov = MENUNGGAK) to 19 December
        var r = Forecast.of(
                LocalDate.of(2025, 11, 19),
                LocalDate.of(2025, 12, 19),
                l,
                MEMBERS,
                MONTHLY,
                YearMonth.of(2025, 12),
                3,
                15);
        assertThat(r.lapsing()).extracting(Forecast.AtRisk::participantId).containsExactly(1L, 2L);
        assertThat(r.lapsing()).allMatch(a -> a.today() == CoverStatus.MENUNGGAK);
        // to stay inside the grace period on 19 December, September must be paid for both
        assertThat(r.mustBePaidThrough()).isEqualTo(YearMonth.of(2025, 9));
        assertThat(r.amountToPrevent()).isEqualTo(2 * 16_800);
    }

    @Test
    void paymentOfTheForecastAmountKeepsEveryoneCovered() {
        Ledger before = ledger(16 * 16_800);
        var r = Forecast.of(
                LocalDate.of(2025, 11, 19),
                LocalDate.of(2025, 12, 19),
                before,
                MEMBERS,
                MONTHLY,
                YearMonth.of(2025, 12),
                3,
                15);
        Ledger after = ledger(16 * 16_800 + r.amountToPrevent());
        var again = Forecast.of(
                LocalDate.of(2025, 11, 19),
                LocalDate.of(2025, 12, 19),
                after,
                MEMBERS,
                MONTHLY,
                YearMonth.of(2025, 12),
                3,
                15);
        assertThat(again.lapsing()).isEmpty();
        assertThat(again.amountToPrevent()).isZero();
    }

    @Test
    void monthsNotBilledYetCountTowardsAFarDeadline() {
        Ledger l = ledger(24 * 16_800); // everything to December 2025 paid
        var r = Forecast.of(
                LocalDate.of(2025, 12, 19),
                LocalDate.of(2026, 6, 1),
                l,
                MEMBERS,
                MONTHLY,
                YearMonth.of(2025, 12),
                3,
                15);
        // June 2026 minus 3 months of grace: January–March 2026 must be paid, not billed yet
        assertThat(r.mustBePaidThrough()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(r.amountToPrevent()).isEqualTo(3 * 2 * 16_800);
        assertThat(r.lapsing()).extracting(Forecast.AtRisk::participantId).containsExactly(1L, 2L);
    }

    @Test
    void creditReducesTheAmount() {
        Ledger l = ledger(24 * 16_800 + 10_000);
        var r = Forecast.of(
                LocalDate.of(2025, 12, 19),
                LocalDate.of(2026, 5, 1),
                l,
                MEMBERS,
                MONTHLY,
                YearMonth.of(2025, 12),
                3,
                15);
        assertThat(r.amountToPrevent()).isEqualTo(2 * 2 * 16_800 - 10_000);
    }

    @Test
    void nobodyLapsingMeansNothingToPreventEvenWhenThePayerOwes() {
        // January–August paid for both; on 19 December 2025 both are NONAKTIF already (September–December unpaid)
        Ledger l = ledger(16 * 16_800);
        var r = Forecast.of(
                LocalDate.of(2025, 12, 19),
                LocalDate.of(2026, 1, 1),
                l,
                MEMBERS,
                MONTHLY,
                YearMonth.of(2025, 12),
                3,
                15);
        assertThat(r.lapsing()).isEmpty();
        // the payer owes September–October for both, but paying it keeps nobody covered: nothing to prevent
        assertThat(l.outstandingByMonth()).isNotEmpty();
        assertThat(r.amountToPrevent()).isZero();
    }
}
