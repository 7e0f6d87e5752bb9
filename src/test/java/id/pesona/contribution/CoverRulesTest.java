package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverRulesTest {

    /** Registered January 2025, paid January to June. */
    static final CoverRules.Membership M = CoverRules.Membership.from(YearMonth.of(2025, 1));

    static Set<YearMonth> paid(String... months) {
        Set<YearMonth> s = new TreeSet<>();
        Stream.of(months).map(YearMonth::parse).forEach(s::add);
        return s;
    }

    static final Set<YearMonth> JAN_TO_JUNE = paid("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");

    @ParameterizedTest(name = "{0} grace {1} -> {2}")
    @CsvSource({
        "2024-12-31, 3, BELUM_TERDAFTAR, ,        0",
        "2025-01-01, 3, AKTIF,           2025-06, 0",
        "2025-06-30, 3, AKTIF,           2025-06, 0",
        // first unpaid day: July is not due before the 15th, so it is not arrears yet
        "2025-07-01, 3, BELUM_DIBAYAR,   2025-06, 1",
        "2025-07-15, 3, BELUM_DIBAYAR,   2025-06, 1",
        // the day after the due date: in arrears, inside the grace period
        "2025-07-16, 3, MENUNGGAK,       2025-06, 1",
        // last day of grace
        "2025-09-30, 3, MENUNGGAK,       2025-06, 3",
        // the day after: cover lapses in the 4th unpaid month
        "2025-10-01, 3, NONAKTIF,        2025-06, 4",
        // a branch that deactivates in the 3rd unpaid month
        "2025-08-31, 2, MENUNGGAK,       2025-06, 2",
        "2025-09-01, 2, NONAKTIF,        2025-06, 3"
    })
    void statusAtTheGraceBoundaries(LocalDate date, int grace, CoverStatus status, YearMonth paidThrough, int unpaid) {
        CoverRules.Cover c = CoverRules.on(date, M, JAN_TO_JUNE, grace, 15);
        assertThat(c.status()).isEqualTo(status);
        assertThat(c.paidThrough()).isEqualTo(paidThrough);
        assertThat(c.unpaidMonths()).isEqualTo(unpaid);
    }

    @Test
    void prepaidMonthsExtendThePaidThroughMonth() {
        CoverRules.Cover c = CoverRules.on(LocalDate.of(2025, 2, 1), M, JAN_TO_JUNE, 3, 15);
        assertThat(c.status()).isEqualTo(CoverStatus.AKTIF);
        assertThat(c.paidThrough()).isEqualTo(YearMonth.of(2025, 6));
    }

    @Test
    void payingTheArrearsInsideTheGraceKeepsTheMembership() {
        Set<YearMonth> p = new TreeSet<>(JAN_TO_JUNE);
        p.addAll(paid("2025-07", "2025-08", "2025-09", "2025-10"));
        CoverRules.Cover c = CoverRules.on(LocalDate.of(2025, 10, 15), M, p, 3, 15);
        assertThat(c.status()).isEqualTo(CoverStatus.AKTIF);
        assertThat(c.membershipStart()).isEqualTo(YearMonth.of(2025, 1));
    }

    @Test
    void bpjsExamplePaidToJuneSkippedToSeptemberPaidOctoberIsANewMembership() {
        // the branch deactivates in the 3rd unpaid month (grace 2)
        Set<YearMonth> p = new TreeSet<>(JAN_TO_JUNE);
        p.add(YearMonth.of(2025, 10));
        CoverRules.Cover c = CoverRules.on(LocalDate.of(2025, 10, 20), M, p, 2, 15);
        assertThat(c.status()).isEqualTo(CoverStatus.AKTIF);
        assertThat(c.membershipStart()).isEqualTo(YearMonth.of(2025, 10));
        // with grace 3 the gap is inside the grace period and the membership runs on
        assertThat(CoverRules.on(LocalDate.of(2025, 10, 20), M, p, 3, 15).membershipStart())
                .isEqualTo(YearMonth.of(2025, 1));
    }

    @Test
    void midMonthRegistrationIsCoveredOnlyOnceItsFirstMonthIsPaid() {
        CoverRules.Membership mid = CoverRules.Membership.from(YearMonth.of(2025, 12));
        assertThat(CoverRules.on(LocalDate.of(2025, 12, 19), mid, Set.of(), 3, 15)
                        .status())
                .isEqualTo(CoverStatus.MENUNGGAK);
        assertThat(CoverRules.on(LocalDate.of(2025, 12, 19), mid, paid("2025-12"), 3, 15)
                        .status())
                .isEqualTo(CoverStatus.AKTIF);
        assertThat(CoverRules.on(LocalDate.of(2025, 11, 30), mid, paid("2025-12"), 3, 15)
                        .status())
                .isEqualTo(CoverStatus.BELUM_TERDAFTAR);
    }

    @Test
    void anEndedMembershipIsBerhentiAfterItsEndDate() {
        CoverRules.Membership ended = new CoverRules.Membership(YearMonth.of(2025, 1), LocalDate.of(2025, 5, 10));
        assertThat(CoverRules.on(LocalDate.of(2025, 5, 10), ended, JAN_TO_JUNE, 3, 15)
                        .status())
                .isEqualTo(CoverStatus.AKTIF);
        assertThat(CoverRules.on(LocalDate.of(2025, 5, 11), ended, JAN_TO_JUNE, 3, 15)
                        .status())
                .isEqualTo(CoverStatus.BERHENTI);
    }

    @Test
    void historyListsEachChangeOnce() {
        var h = CoverRules.history(M, JAN_TO_JUNE, 3, 15, LocalDate.of(2025, 12, 31));
        assertThat(h)
                .containsExactly(
                        new CoverRules.Change(YearMonth.of(2025, 1), CoverStatus.AKTIF),
                        new CoverRules.Change(YearMonth.of(2025, 7), CoverStatus.MENUNGGAK),
                        new CoverRules.Change(YearMonth.of(2025, 10), CoverStatus.NONAKTIF));
    }

    @ParameterizedTest(name = "{0}: {1}, due {2}")
    @CsvSource({
        // registered 3 December 2026, nothing paid: December falls due on Tuesday 15 December
        "2026-12-03, BELUM_DIBAYAR, 2026-12-15",
        "2026-12-15, BELUM_DIBAYAR, 2026-12-15",
        "2026-12-16, MENUNGGAK,     2026-12-15",
        // November 2026: the 15th is a Sunday, so the month falls due on Monday the 16th
        "2026-11-16, BELUM_DIBAYAR, 2026-11-16",
        "2026-11-17, MENUNGGAK,     2026-11-16"
    })
    void aNewWorkersFirstMonthIsNotArrearsBeforeItsDueDate(LocalDate date, CoverStatus status, LocalDate due) {
        CoverRules.Membership m = CoverRules.Membership.from(YearMonth.from(date));
        CoverRules.Cover c = CoverRules.on(date, m, Set.of(), 3, 15);
        assertThat(c.status()).isEqualTo(status);
        assertThat(c.dueDate()).isEqualTo(due);
        assertThat(c.unpaidMonths()).isEqualTo(1);
        // an incident on such a day waits for the payment, in either status
        assertThat(c.status().blocksUntilPaid()).isTrue();
    }

    @Test
    void aSecondUnpaidMonthIsArrearsEvenBeforeItsDueDate() {
        // paid to June; on 3 August, July is overdue and August not due yet: in arrears for July
        CoverRules.Cover c = CoverRules.on(LocalDate.of(2025, 8, 3), M, JAN_TO_JUNE, 3, 15);
        assertThat(c.status()).isEqualTo(CoverStatus.MENUNGGAK);
        assertThat(c.unpaidMonths()).isEqualTo(2);
        assertThat(c.dueDate()).isEqualTo(LocalDate.of(2025, 7, 15));
    }

    @Test
    void theDueDayIsRuleData() {
        // a due day of the 10th: 12 July is already past it
        assertThat(CoverRules.on(LocalDate.of(2025, 7, 12), M, JAN_TO_JUNE, 3, 10)
                        .status())
                .isEqualTo(CoverStatus.MENUNGGAK);
        assertThat(CoverRules.on(LocalDate.of(2025, 7, 12), M, JAN_TO_JUNE, 3, 15)
                        .status())
                .isEqualTo(CoverStatus.BELUM_DIBAYAR);
    }

    @Test
    void historyShowsTheCurrentMonthAsItStandsOnTheDate() {
        var before = CoverRules.history(M, JAN_TO_JUNE, 3, 15, LocalDate.of(2025, 7, 3));
        assertThat(before.get(before.size() - 1))
                .isEqualTo(new CoverRules.Change(YearMonth.of(2025, 7), CoverStatus.BELUM_DIBAYAR));
        var after = CoverRules.history(M, JAN_TO_JUNE, 3, 15, LocalDate.of(2025, 7, 16));
        assertThat(after.get(after.size() - 1))
                .isEqualTo(new CoverRules.Change(YearMonth.of(2025, 7), CoverStatus.MENUNGGAK));
    }
}
