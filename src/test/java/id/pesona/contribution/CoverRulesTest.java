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
        // first unpaid day: inside the grace period
        "2025-07-01, 3, MENUNGGAK,       2025-06, 1",
        // last day of grace
        "2025-09-30, 3, MENUNGGAK,       2025-06, 3",
        // the day after: cover lapses in the 4th unpaid month
        "2025-10-01, 3, NONAKTIF,        2025-06, 4",
        // a branch that deactivates in the 3rd unpaid month
        "2025-08-31, 2, MENUNGGAK,       2025-06, 2",
        "2025-09-01, 2, NONAKTIF,        2025-06, 3"
    })
    void statusAtTheGraceBoundaries(LocalDate date, int grace, CoverStatus status, YearMonth paidThrough, int unpaid) {
        CoverRules.Cover c = CoverRules.on(date, M, JAN_TO_JUNE, grace);
        assertThat(c.status()).isEqualTo(status);
        assertThat(c.paidThrough()).isEqualTo(paidThrough);
        assertThat(c.unpaidMonths()).isEqualTo(unpaid);
    }

    @Test
    void prepaidMonthsExtendThePaidThroughMonth() {
        CoverRules.Cover c = CoverRules.on(LocalDate.of(2025, 2, 1), M, JAN_TO_JUNE, 3);
        assertThat(c.status()).isEqualTo(CoverStatus.AKTIF);
        assertThat(c.paidThrough()).isEqualTo(YearMonth.of(2025, 6));
    }

    @Test
    void payingTheArrearsInsideTheGraceKeepsTheMembership() {
        Set<YearMonth> p = new TreeSet<>(JAN_TO_JUNE);
        p.addAll(paid("2025-07", "2025-08", "2025-09", "2025-10"));
        CoverRules.Cover c = CoverRules.on(LocalDate.of(2025, 10, 15), M, p, 3);
        assertThat(c.status()).isEqualTo(CoverStatus.AKTIF);
        assertThat(c.membershipStart()).isEqualTo(YearMonth.of(2025, 1));
    }

    @Test
    void bpjsExamplePaidToJuneSkippedToSeptemberPaidOctoberIsANewMembership() {
        // the branch deactivates in the 3rd unpaid month (grace 2)
        Set<YearMonth> p = new TreeSet<>(JAN_TO_JUNE);
        p.add(YearMonth.of(2025, 10));
        CoverRules.Cover c = CoverRules.on(LocalDate.of(2025, 10, 20), M, p, 2);
        assertThat(c.status()).isEqualTo(CoverStatus.AKTIF);
        assertThat(c.membershipStart()).isEqualTo(YearMonth.of(2025, 10));
        // with grace 3 the gap is inside the grace period and the membership runs on
        assertThat(CoverRules.on(LocalDate.of(2025, 10, 20), M, p, 3).membershipStart())
                .isEqualTo(YearMonth.of(2025, 1));
    }

    @Test
    void midMonthRegistrationIsCoveredOnlyOnceItsFirstMonthIsPaid() {
        CoverRules.Membership mid = CoverRules.Membership.from(YearMonth.of(2025, 12));
        assertThat(CoverRules.on(LocalDate.of(2025, 12, 19), mid, Set.of(), 3).status())
                .isEqualTo(CoverStatus.MENUNGGAK);
        assertThat(CoverRules.on(LocalDate.of(2025, 12, 19), mid, paid("2025-12"), 3)
                        .status())
                .isEqualTo(CoverStatus.AKTIF);
        assertThat(CoverRules.on(LocalDate.of(2025, 11, 30), mid, paid("2025-12"), 3)
                        .status())
                .isEqualTo(CoverStatus.BELUM_TERDAFTAR);
    }

    @Test
    void anEndedMembershipIsBerhentiAfterItsEndDate() {
        CoverRules.Membership ended = new CoverRules.Membership(YearMonth.of(2025, 1), LocalDate.of(2025, 5, 10));
        assertThat(CoverRules.on(LocalDate.of(2025, 5, 10), ended, JAN_TO_JUNE, 3)
                        .status())
                .isEqualTo(CoverStatus.AKTIF);
        assertThat(CoverRules.on(LocalDate.of(2025, 5, 11), ended, JAN_TO_JUNE, 3)
                        .status())
                .isEqualTo(CoverStatus.BERHENTI);
    }

    @Test
    void historyListsEachChangeOnce() {
        var h = CoverRules.history(M, JAN_TO_JUNE, 3, YearMonth.of(2025, 12));
        assertThat(h)
                .containsExactly(
                        new CoverRules.Change(YearMonth.of(2025, 1), CoverStatus.AKTIF),
                        new CoverRules.Change(YearMonth.of(2025, 7), CoverStatus.MENUNGGAK),
                        new CoverRules.Change(YearMonth.of(2025, 10), CoverStatus.NONAKTIF));
    }
}
