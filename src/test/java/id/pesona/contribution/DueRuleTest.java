package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When a contribution month falls due, per segment, and the status that follows, hand-computed. Rules (V36 rows):
 * PU (perangkat desa, the village government as employer) pays month M by the 15th of month M+1 (PP 44/2015 jo. PP
 * 82/2019; Perdir 22/PERDIR.02/072022); BPU pays month M by the 15th of M itself (Perdir 22/PERDIR.02/072022); both
 * move to the next working day when the 15th is a weekend (domain.md). 15 March 2026 is a Sunday, so a month due on
 * it is due Monday 16 March; 15 April 2026 is a Wednesday.
 */
class DueRuleTest {

    static final DueRule BPU =
            new DueRule(1, "BPU", LocalDate.of(2019, 12, 1), 15, 0, "Perdir 22/2022: tgl 15 bulan ybs");
    static final DueRule PU = new DueRule(
            2, "PU", LocalDate.of(2019, 12, 1), 15, 1, "PP 44/2015; Perdir 22/2022: tgl 15 bulan berikutnya");

    static DueRule rule(String segment) {
        return segment.equals("PU") ? PU : BPU;
    }

    @ParameterizedTest(name = "{0} {1} due {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            PU  | 2026-03 | 2026-04-15 | PU: tanggal 15 bulan berikutnya (Rabu)
            PU  | 2026-02 | 2026-03-16 | PU: 15 Maret 2026 hari Minggu -> Senin 16 Maret
            BPU | 2026-03 | 2026-03-16 | BPU: tanggal 15 bulan ybs, Minggu -> Senin 16 Maret
            BPU | 2026-04 | 2026-04-15 | BPU: tanggal 15 bulan ybs (Rabu)
            PU  | 2026-12 | 2027-01-15 | PU: Desember jatuh tempo 15 Januari tahun berikutnya (Jumat)
            """)
    void dueDate(String segment, String month, String due, String rule) {
        assertThat(rule(segment).dueDate(YearMonth.parse(month))).as(rule).isEqualTo(LocalDate.parse(due));
    }

    /**
     * A worker registered January 2026 (1,000,000 declared income or siltap), paid through {@code paidThrough}, status
     * on {@code date} with grace 3 months.
     */
    @ParameterizedTest(name = "{0} paid to {1}, on {2}: {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            PU  | 2026-02 | 2026-03-20 | BELUM_DIBAYAR | PU Maret jatuh tempo 15 April: belum menunggak pada 20 Maret
            PU  | 2026-02 | 2026-04-15 | BELUM_DIBAYAR | PU Maret dan April belum jatuh tempo pada 15 April
            PU  | 2026-02 | 2026-04-16 | MENUNGGAK     | PU Maret lewat jatuh tempo 15 April
            PU  | 2026-01 | 2026-03-10 | BELUM_DIBAYAR | PU Februari jatuh tempo 16 Maret, Maret 15 April
            PU  | 2026-01 | 2026-03-17 | MENUNGGAK     | PU Februari lewat jatuh tempo 16 Maret
            PU  | 2026-03 | 2026-03-20 | AKTIF         | PU Maret dibayar
            BPU | 2026-02 | 2026-03-16 | BELUM_DIBAYAR | BPU Maret jatuh tempo Senin 16 Maret (15 Maret Minggu)
            BPU | 2026-02 | 2026-03-17 | MENUNGGAK     | BPU Maret lewat jatuh tempo 16 Maret
            BPU | 2026-02 | 2026-03-20 | MENUNGGAK     | BPU Maret lewat jatuh tempo; PU pada hari yang sama belum dibayar
            BPU | 2026-03 | 2026-04-15 | BELUM_DIBAYAR | BPU April jatuh tempo 15 April
            BPU | 2026-03 | 2026-04-16 | MENUNGGAK     | BPU April lewat jatuh tempo 15 April
            PU  | 2026-01 | 2026-05-20 | NONAKTIF      | PU tenggang 3 bulan (Feb-Apr) lewat; Mei bulan ke-4
            """)
    void status(String segment, String paidThrough, String date, CoverStatus expected, String rule) {
        Set<YearMonth> paid = new HashSet<>();
        for (YearMonth m = YearMonth.of(2026, 1); !m.isAfter(YearMonth.parse(paidThrough)); m = m.plusMonths(1)) {
            paid.add(m);
        }
        CoverRules.Cover c = CoverRules.on(
                LocalDate.parse(date), CoverRules.Membership.from(YearMonth.of(2026, 1)), paid, 3, rule(segment));
        assertThat(c.status()).as(rule).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} on {1}: {2} months not due")
    @CsvSource(delimiter = '|', textBlock = """
            PU  | 2026-03-10 | 2
            PU  | 2026-03-16 | 2
            PU  | 2026-03-17 | 1
            PU  | 2026-03-20 | 1
            BPU | 2026-03-16 | 1
            BPU | 2026-03-17 | 0
            """)
    void notDueMonths(String segment, String date, int expected) {
        assertThat(rule(segment).notDueMonths(LocalDate.parse(date))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: oldest unpaid due {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PU  | 2026-03-20 | 2026-04-15
            BPU | 2026-03-20 | 2026-03-16
            """)
    void theCoverNamesTheDueDateOfTheOldestUnpaidMonth(String segment, String date, String due) {
        Set<YearMonth> paid = Set.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
        CoverRules.Cover c = CoverRules.on(
                LocalDate.parse(date), CoverRules.Membership.from(YearMonth.of(2026, 1)), paid, 3, rule(segment));
        assertThat(c.dueDate()).isEqualTo(LocalDate.parse(due));
    }
}
