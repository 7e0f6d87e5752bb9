package id.pesona.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "16800      | Rp16.800        | Rp16,800",
                "0          | Rp0             | Rp0",
                "999        | Rp999           | Rp999",
                "1000       | Rp1.000         | Rp1,000",
                "201600     | Rp201.600       | Rp201,600",
                "20160000   | Rp20.160.000    | Rp20,160,000",
                "2570000000 | Rp2.570.000.000 | Rp2,570,000,000",
                "-8400      | -Rp8.400        | -Rp8,400"
            })
    void formatsRupiahInWholeRupiah(long amount, String indonesian, String english) {
        assertThat(Formats.rupiah(amount, Formats.INDONESIAN)).isEqualTo(indonesian);
        assertThat(Formats.rupiah(amount, Locale.ENGLISH)).isEqualTo(english);
    }

    @ParameterizedTest
    @CsvSource({
        "2025-12-19, 19 Desember 2025, 19 December 2025",
        "2026-01-01, 1 Januari 2026,   1 January 2026",
        "2025-08-17, 17 Agustus 2025,  17 August 2025"
    })
    void formatsDatesWithMonthNames(LocalDate date, String indonesian, String english) {
        assertThat(Formats.date(date, Formats.INDONESIAN)).isEqualTo(indonesian);
        assertThat(Formats.date(date, Locale.ENGLISH)).isEqualTo(english);
    }

    @ParameterizedTest
    @CsvSource({"13400, 13.400", "14600, 14.600", "7, 7"})
    void formatsCounts(long n, String text) {
        assertThat(Formats.number(n, Formats.INDONESIAN)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"100|1 %", "24|0,24 %", "30|0,3 %", "570|5,7 %", "50|0,5 %", "5|0,05 %"})
    void formatsRatesFromBasisPoints(long bp, String text) {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(Formats.INDONESIAN);
        Formats f = new Formats(new TenantProperties("72.09", "x", "Asia/Makassar"));
        assertThat(f.percent(bp)).isEqualTo(text);
        assertThat(f.monthYear(java.time.YearMonth.of(2026, 4))).isEqualTo("April 2026");
        assertThat(f.monthYear(java.time.YearMonth.of(2025, 12))).isEqualTo("Desember 2025");
    }
}
