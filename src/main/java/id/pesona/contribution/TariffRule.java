package id.pesona.contribution;

import java.time.YearMonth;
import java.util.Set;

/**
 * One effective-dated tariff row with its legal basis: a programme's contribution for a segment, either a rate of the
 * declared income (BPU) or fixed income/siltap (PU) in basis points (100 = 1 %), or a flat amount in Rupiah. A row may
 * be limited to some funding sources (PP 50/2025's discount excludes workers paid through APBN/APBD), and then wins
 * over the general row for those sources.
 *
 * @param id the row's id: among rows starting the same month, the newest row wins (a correction is a new row)
 * @param validUntil last contribution month the row applies to, or null when open-ended
 * @param fundingSources funding source codes the row is limited to; empty means every source
 */
public record TariffRule(
        long id,
        String programme,
        String segment,
        YearMonth validFrom,
        YearMonth validUntil,
        Long basisPoints,
        Long flatAmount,
        Set<String> fundingSources,
        String legalBasis) {

    public TariffRule {
        if ((basisPoints == null) == (flatAmount == null)) {
            throw new IllegalArgumentException("A tariff is either a rate or a flat amount");
        }
        fundingSources = fundingSources == null ? Set.of() : Set.copyOf(fundingSources);
    }

    public static TariffRule rate(String programme, String segment, YearMonth from, long basisPoints, String basis) {
        return new TariffRule(0, programme, segment, from, null, basisPoints, null, Set.of(), basis);
    }

    public static TariffRule flat(String programme, String segment, YearMonth from, long amount, String basis) {
        return new TariffRule(0, programme, segment, from, null, null, amount, Set.of(), basis);
    }

    public TariffRule until(YearMonth last) {
        return new TariffRule(
                id, programme, segment, validFrom, last, basisPoints, flatAmount, fundingSources, legalBasis);
    }

    public TariffRule onlyFor(Set<String> sources) {
        return new TariffRule(
                id, programme, segment, validFrom, validUntil, basisPoints, flatAmount, sources, legalBasis);
    }

    boolean appliesTo(String programme, String segment, YearMonth month, String fundingSource) {
        return this.programme.equals(programme)
                && this.segment.equals(segment)
                && !month.isBefore(validFrom)
                && (validUntil == null || !month.isAfter(validUntil))
                && (fundingSources.isEmpty() || fundingSources.contains(fundingSource));
    }

    /** The contribution for one month in whole Rupiah; a rate is rounded half up. */
    public long amountFor(long base) {
        if (flatAmount != null) {
            return flatAmount;
        }
        return Math.floorDiv(Math.addExact(Math.multiplyExact(base, basisPoints), 5_000L), 10_000L);
    }
}
