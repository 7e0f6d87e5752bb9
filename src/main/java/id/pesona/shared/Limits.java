package id.pesona.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The one definition of the sane range of every business date, month, amount, count and text typed or uploaded: a
 * value outside it is refused at the edge with a message naming the field (its label {@code field.<name>} in the
 * messages) and the allowed range, before it can overflow a sum, loop over centuries of months or be cut silently.
 *
 * <ul>
 *   <li>dates and months: from January 2014 (BPJS Ketenagakerjaan's start) to {@value #YEARS_AHEAD} years ahead;
 *   <li>dates that already happened (a payment): from 2014 to today;
 *   <li>amounts: Rp1 to Rp100 miliar ({@value #MAX_AMOUNT});
 *   <li>counts and page sizes: bounded by the caller;
 *   <li>texts: at most the length of their column, never cut.
 * </ul>
 */
public final class Limits {

    public static final YearMonth FIRST_MONTH = YearMonth.of(2014, 1);
    public static final LocalDate FIRST_DAY = FIRST_MONTH.atDay(1);
    public static final int YEARS_AHEAD = 10;
    public static final long MIN_AMOUNT = 1;
    public static final long MAX_AMOUNT = 100_000_000_000L;

    private Limits() {}

    /** The field's name as the user reads it ({@code field.paidOn}), or the name itself when it has no label. */
    public static MessageSourceResolvable label(String field) {
        return new DefaultMessageSourceResolvable(new String[] {"field." + field}, null, field);
    }

    public static LocalDate lastDay(Clock clock) {
        return LocalDate.now(clock).plusYears(YEARS_AHEAD);
    }

    public static YearMonth lastMonth(Clock clock) {
        return YearMonth.now(clock).plusYears(YEARS_AHEAD);
    }

    /** A business date (null passes): from 2014 to ten years ahead. */
    public static LocalDate date(String field, LocalDate value, Clock clock) {
        return dateBetween(field, value, FIRST_DAY, lastDay(clock));
    }

    /** A date that already happened (null passes): from 2014 to today. */
    public static LocalDate pastDate(String field, LocalDate value, Clock clock) {
        return dateBetween(field, value, FIRST_DAY, LocalDate.now(clock));
    }

    public static LocalDate dateBetween(String field, LocalDate value, LocalDate first, LocalDate last) {
        if (value != null && (value.isBefore(first) || value.isAfter(last))) {
            java.util.Locale locale = LocaleContextHolder.getLocale();
            throw new InvalidInputException(
                    field, "input.range.date", label(field), Formats.date(first, locale), Formats.date(last, locale));
        }
        return value;
    }

    /** A business month (null passes): from January 2014 to ten years ahead. */
    public static YearMonth month(String field, YearMonth value, Clock clock) {
        YearMonth last = lastMonth(clock);
        if (value != null && (value.isBefore(FIRST_MONTH) || value.isAfter(last))) {
            throw new InvalidInputException(
                    field, "input.range.month", label(field), FIRST_MONTH.toString(), last.toString());
        }
        return value;
    }

    /** A programme or budget year (null passes): 2014 to ten years ahead. */
    public static Integer year(String field, Integer value, Clock clock) {
        if (value != null) {
            number(field, value, FIRST_MONTH.getYear(), lastMonth(clock).getYear());
        }
        return value;
    }

    /** A whole number within {@code [min, max]}; the range is shown without grouping (years read as years). */
    public static long number(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new InvalidInputException(
                    field, "input.range.number", label(field), Long.toString(min), Long.toString(max));
        }
        return value;
    }

    /** An amount of money: Rp1 to Rp100 miliar. */
    public static long amount(String field, long value) {
        if (value < MIN_AMOUNT || value > MAX_AMOUNT) {
            java.util.Locale locale = LocaleContextHolder.getLocale();
            throw new InvalidInputException(
                    field,
                    "input.range.amount",
                    label(field),
                    Formats.rupiah(MIN_AMOUNT, locale),
                    Formats.rupiah(MAX_AMOUNT, locale));
        }
        return value;
    }

    /** An optional text: stripped, blank as null, refused (never cut) when longer than {@code max}. */
    public static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        length(field, v, max);
        return v;
    }

    /** Refuses a text longer than {@code max} characters, naming the field and the limit. */
    public static void length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "input.tooLong", label(field), max);
        }
    }
}
