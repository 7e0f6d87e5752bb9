package id.pesona.contribution;

import java.time.YearMonth;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Which months the billing run may bill. Bills cannot be undone, so a month is billed only when it has come (never
 * after the current business month) and only next to the months already billed: the billed months stay one unbroken
 * run. A month with nobody covered needs no bill and does not break the run. When nothing was ever billed, any month
 * up to the current one may be the first; afterwards the run grows by the month after the last billed one (or, for a
 * programme that started before Pesona was used, the month before the first). A month inside the run may be billed
 * again: that adds only late registrations and corrections.
 */
final class BillingMonths {

    /** Why a month is refused, with the months the message names. */
    record Refusal(String messageKey, YearMonth month, YearMonth other) {}

    private BillingMonths() {}

    /**
     * @param first the first month with bills, or null when nothing was billed yet
     * @param last the last month with bills, or null when nothing was billed yet
     * @param coveredBetween whether anybody is covered in some month from the first to the second (inclusive)
     */
    static Optional<Refusal> check(
            YearMonth month,
            YearMonth current,
            YearMonth first,
            YearMonth last,
            BiPredicate<YearMonth, YearMonth> coveredBetween) {
        if (month.isAfter(current)) {
            return Optional.of(new Refusal("billing.error.future", month, current));
        }
        if (first == null || (!month.isBefore(first) && !month.isAfter(last))) {
            return Optional.empty();
        }
        if (month.isAfter(last)) {
            YearMonth missing = last.plusMonths(1);
            return month.equals(missing) || !coveredBetween.test(missing, month.minusMonths(1))
                    ? Optional.empty()
                    : Optional.of(new Refusal("billing.error.gap", month, missing));
        }
        YearMonth missing = first.minusMonths(1);
        return month.equals(missing) || !coveredBetween.test(month.plusMonths(1), missing)
                ? Optional.empty()
                : Optional.of(new Refusal("billing.error.gap", month, missing));
    }

    /**
     * The month to bill next: the one after the last billed month (it may not have come yet), or, when nothing was
     * billed, the month of the first registration (but not after the current month).
     */
    static YearMonth next(YearMonth last, YearMonth firstCovered, YearMonth current) {
        if (last != null) {
            return last.plusMonths(1);
        }
        return firstCovered == null || firstCovered.isAfter(current) ? current : firstCovered;
    }
}
