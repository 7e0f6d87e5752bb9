package id.pesona.contribution;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Arrears by age, in the delinquency buckets the office reports (1–30, 31–60, 61–90, more than 90 days past the due
 * date). A contribution month falls due on a configurable day of that month (the 15th), moved to the next working day
 * when it is a weekend or a listed holiday.
 */
public final class Aging {

    public enum Bucket {
        BELUM_JATUH_TEMPO,
        HARI_1_30,
        HARI_31_60,
        HARI_61_90,
        LEBIH_90
    }

    private Aging() {}

    public static LocalDate dueDate(YearMonth month, int dueDay, Set<LocalDate> holidays) {
        LocalDate d = month.atDay(Math.min(dueDay, month.lengthOfMonth()));
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.contains(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    public static long daysOverdue(YearMonth month, LocalDate asOf, int dueDay, Set<LocalDate> holidays) {
        return ChronoUnit.DAYS.between(dueDate(month, dueDay, holidays), asOf);
    }

    public static Bucket bucket(long daysOverdue) {
        if (daysOverdue <= 0) {
            return Bucket.BELUM_JATUH_TEMPO;
        }
        if (daysOverdue <= 30) {
            return Bucket.HARI_1_30;
        }
        if (daysOverdue <= 60) {
            return Bucket.HARI_31_60;
        }
        return daysOverdue <= 90 ? Bucket.HARI_61_90 : Bucket.LEBIH_90;
    }

    /** Outstanding amounts (by contribution month) summed per bucket on a date. */
    public static Map<Bucket, Long> of(
            Map<YearMonth, Long> outstandingByMonth, LocalDate asOf, int dueDay, Set<LocalDate> holidays) {
        Map<Bucket, Long> out = new TreeMap<>();
        for (Bucket b : Bucket.values()) {
            out.put(b, 0L);
        }
        outstandingByMonth.forEach(
                (month, amount) -> out.merge(bucket(daysOverdue(month, asOf, dueDay, holidays)), amount, Long::sum));
        return out;
    }
}
