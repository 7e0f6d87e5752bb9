package id.pesona.claim;

import static org.assertj.core.api.Assertions.assertThat;

import id.pesona.contribution.CoverRules;
import id.pesona.contribution.CoverStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Eligibility at the boundaries. The cover comes from the pure {@link CoverRules} (grace 3 months) over a participant
 * registered on 10 January 2025 whose months are paid January–June 2025: the cover runs to 30 June, July–September
 * are the grace period (terhambat), October is beyond it. The membership ended on 15 March 2026 for the exit rows.
 */
class EligibilityTest {

    static final LocalDate REGISTERED = LocalDate.of(2025, 1, 10);
    static final Eligibility.Terms TERMS = DefaultRules.rules().terms(LocalDate.of(2025, 12, 19));

    static Set<YearMonth> paid(String from, String to) {
        Set<YearMonth> out = new HashSet<>();
        for (YearMonth m = YearMonth.parse(from); !m.isAfter(YearMonth.parse(to)); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    static Eligibility.Assessment assess(
            ClaimType type, LocalDate incident, LocalDate reported, Set<YearMonth> paid, LocalDate endedOn) {
        CoverRules.Cover c =
                CoverRules.on(incident, new CoverRules.Membership(YearMonth.from(REGISTERED), endedOn), paid, 3, 15);
        List<YearMonth> unpaid = new ArrayList<>();
        if (c.status() == CoverStatus.BELUM_DIBAYAR
                || c.status() == CoverStatus.MENUNGGAK
                || c.status() == CoverStatus.NONAKTIF) {
            for (YearMonth m = c.paidThrough() == null
                            ? YearMonth.from(REGISTERED)
                            : c.paidThrough().plusMonths(1);
                    !m.isAfter(YearMonth.from(incident));
                    m = m.plusMonths(1)) {
                unpaid.add(m);
            }
        }
        return Eligibility.assess(
                new Eligibility.Facts(
                        type,
                        incident,
                        reported,
                        REGISTERED,
                        endedOn,
                        c.status(),
                        c.membershipStart(),
                        unpaid,
                        unpaid.size() * 16_800L,
                        "Pemerintah Desa Sansarino (APBDes)"),
                TERMS);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(textBlock = """
            # type, incident,   verdict,          what
            JKM,   2025-01-09, TIDAK_DITANGGUNG, the day before registration
            JKM,   2025-01-10, DITANGGUNG,       first covered day
            JKK,   2025-01-10, DITANGGUNG,       first covered day
            JKM,   2025-06-30, DITANGGUNG,       last paid day
            JKM,   2025-07-01, TERHAMBAT,        July unpaid and not due yet (belum dibayar): still terhambat
            JKK,   2025-07-15, TERHAMBAT,        July's due date: belum dibayar, terhambat
            JKM,   2025-07-16, TERHAMBAT,        first day of arrears, inside the grace
            JKK,   2025-09-30, TERHAMBAT,        last day of grace
            JKM,   2025-09-30, TERHAMBAT,        last day of grace
            JKM,   2025-10-01, TIDAK_DITANGGUNG, day after grace
            JKK,   2025-10-01, TIDAK_DITANGGUNG, day after grace
            """)
    void coverAtTheIncidentDate(ClaimType type, LocalDate incident, Verdict expected, String what) {
        var a = assess(type, incident, incident, paid("2025-01", "2025-06"), null);
        assertThat(a.verdict()).as(what).isEqualTo(expected);
    }

    @Test
    void arrearsShowPayerMonthsAndAmount() {
        var a = assess(
                ClaimType.JKM, LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 1), paid("2025-01", "2025-06"), null);
        assertThat(a.verdict()).isEqualTo(Verdict.TERHAMBAT);
        assertThat(a.unpaidMonths())
                .containsExactly(YearMonth.of(2025, 7), YearMonth.of(2025, 8), YearMonth.of(2025, 9));
        assertThat(a.amountDue()).isEqualTo(50_400L);
        assertThat(a.payerName()).isEqualTo("Pemerintah Desa Sansarino (APBDes)");
        assertThat(a.reasons().get(0).key()).isEqualTo("claim.reason.arrears");
        assertThat(a.reasons().get(0).args()).contains(3, id.pesona.shared.Rupiah.of(50_400L));
    }

    @ParameterizedTest(name = "ended 2026-03-15, incident {0}: {1}")
    @CsvSource({"2026-03-15, DITANGGUNG", "2026-03-16, TIDAK_DITANGGUNG"})
    void afterTheExitNothingIsCovered(LocalDate incident, Verdict expected) {
        var a = assess(ClaimType.JKM, incident, incident, paid("2025-01", "2026-12"), LocalDate.of(2026, 3, 15));
        assertThat(a.verdict()).isEqualTo(expected);
        if (expected == Verdict.TIDAK_DITANGGUNG) {
            assertThat(a.reasons().get(0).key()).isEqualTo("claim.reason.ended");
        }
    }

    @Test
    void neverRegisteredIsNotCovered() {
        var a = Eligibility.assess(
                new Eligibility.Facts(
                        ClaimType.JKM,
                        LocalDate.of(2025, 12, 1),
                        LocalDate.of(2025, 12, 1),
                        null,
                        null,
                        CoverStatus.BELUM_TERDAFTAR,
                        null,
                        List.of(),
                        0,
                        null),
                TERMS);
        assertThat(a.verdict()).isEqualTo(Verdict.TIDAK_DITANGGUNG);
        assertThat(a.reasons().get(0).key()).isEqualTo("claim.reason.notRegistered");
    }

    @ParameterizedTest(name = "death on {0}: {1} months, full JKM {2}, scholarship {3}")
    @CsvSource(textBlock = """
            # membership from the registration day, 10 January 2025 (Permenaker 1/2025: full JKM after 3 months from
            # the membership start date, not from the 1st of its month; scholarship after 3 years, PP 82/2019 Pasal 34)
            2025-04-01, 2,  false, false
            2025-04-09, 2,  false, false
            2025-04-10, 3,  true,  false
            2028-01-09, 35, true,  false
            2028-01-10, 36, true,  true
            """)
    void jkmMembershipConditions(LocalDate death, int months, boolean full, boolean scholarship) {
        var a = assess(ClaimType.JKM, death, death, paid("2025-01", "2028-12"), null);
        assertThat(a.verdict()).isEqualTo(Verdict.DITANGGUNG);
        assertThat(a.membershipMonths()).isEqualTo(months);
        assertThat(a.fullJkm()).isEqualTo(full);
        assertThat(a.scholarship()).isEqualTo(scholarship);
    }

    @Test
    void aNewMembershipAfterALapseStartsTheMonthsAgain() {
        Set<YearMonth> paid = paid("2025-01", "2025-06");
        paid.addAll(paid("2025-11", "2026-12"));
        var a = assess(ClaimType.JKM, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 15), paid, null);
        assertThat(a.verdict()).isEqualTo(Verdict.DITANGGUNG);
        assertThat(a.membershipMonths()).isEqualTo(2);
        assertThat(a.fullJkm()).isFalse();
    }

    @ParameterizedTest(name = "accident 2025-03-10 reported {0}: {1}, late {2}")
    @CsvSource(textBlock = """
            2025-03-12, DITANGGUNG,       false
            2025-03-13, DITANGGUNG,       true
            2030-03-10, DITANGGUNG,       true
            2030-03-11, TIDAK_DITANGGUNG, true
            """)
    void jkkReportDeadlineAndLapse(LocalDate reported, Verdict expected, boolean late) {
        var a = assess(ClaimType.JKK, LocalDate.of(2025, 3, 10), reported, paid("2025-01", "2025-06"), null);
        assertThat(a.verdict()).isEqualTo(expected);
        assertThat(a.lateReport()).isEqualTo(late);
    }
}
