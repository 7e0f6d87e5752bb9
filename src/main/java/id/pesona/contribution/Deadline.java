package id.pesona.contribution;

import id.pesona.shared.RegionCode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A deadline declared by the regency for a set of payers, with the days left on a date. */
public record Deadline(
        long id, String title, LocalDate dueDate, RegionCode region, String legalBasis, long payerCount) {

    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueDate);
    }

    public boolean passed(LocalDate today) {
        return today.isAfter(dueDate);
    }
}
