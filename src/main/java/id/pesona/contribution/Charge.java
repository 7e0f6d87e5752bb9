package id.pesona.contribution;

import java.time.YearMonth;

/**
 * One line of a bill: what a payer owes for one participant's contribution month, in whole Rupiah. A late registration
 * adds a line, an exit adds a negative correcting line for the same participant and month; lines are never edited.
 */
public record Charge(long id, long participantId, YearMonth month, long amount) {}
