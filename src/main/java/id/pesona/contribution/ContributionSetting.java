package id.pesona.contribution;

import java.time.LocalDate;

/** Effective-dated settings of the status and arrears rules: grace period and the due day of a contribution month. */
public record ContributionSetting(long id, LocalDate validFrom, int graceMonths, int dueDay, String legalBasis) {}
