package id.pesona.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting used by every page, letter and export: {@code Rp16.800}, {@code 19 Desember 2025}. Exposed to templates
 * as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final ZoneId zone;

    public Formats(TenantProperties tenant) {
        this.zone = tenant.zone();
    }

    public static String rupiah(long amount, Locale locale) {
        return Rupiah.of(amount).format(isEnglish(locale) ? ',' : '.');
    }

    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMMM yyyy", isEnglish(locale) ? Locale.ENGLISH : INDONESIAN)
                .format(date);
    }

    public static String number(long n, Locale locale) {
        return Rupiah.of(n).format(isEnglish(locale) ? ',' : '.').replaceFirst("Rp", "");
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public String rupiah(long amount) {
        return rupiah(amount, LocaleContextHolder.getLocale());
    }

    public String number(long n) {
        return number(n, LocaleContextHolder.getLocale());
    }

    public String date(LocalDate date) {
        return date(date, LocaleContextHolder.getLocale());
    }

    /** Date and time in the tenant's zone, e.g. {@code 19 Desember 2025 14.05}. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        LocalDateTime t = LocalDateTime.ofInstant(instant, zone);
        return date(t.toLocalDate()) + " "
                + DateTimeFormatter.ofPattern("HH.mm").format(t);
    }

    /** {@code Desember 2025}: a contribution month. */
    public String monthYear(java.time.YearMonth month) {
        if (month == null) {
            return "";
        }
        java.util.Locale l = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern("MMMM yyyy", isEnglish(l) ? Locale.ENGLISH : INDONESIAN)
                .format(month);
    }

    /** A rate in basis points as a percentage: 100 → {@code 1 %}, 24 → {@code 0,24 %}. */
    public String percent(Long basisPoints) {
        if (basisPoints == null) {
            return "";
        }
        char sep = isEnglish(LocaleContextHolder.getLocale()) ? '.' : ',';
        long whole = basisPoints / 100;
        long frac = basisPoints % 100;
        String f = frac == 0 ? "" : sep + (frac % 10 == 0 ? String.valueOf(frac / 10) : String.format("%02d", frac));
        return whole + f + " %";
    }

    public String regionCode(String digits) {
        return RegionCode.tryParse(digits).map(RegionCode::dotted).orElse(digits == null ? "" : digits);
    }
}
