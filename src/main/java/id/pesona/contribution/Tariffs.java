package id.pesona.contribution;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the tariff row in force for a programme, segment, month and funding source, and prices a month at the income of
 * the band the declared income falls in that month ({@link IncomeBands}).
 */
public final class Tariffs {

    /** One priced programme of one month, with the row (and so the legal basis) it came from. */
    public record Line(String programme, long amount, TariffRule rule) {}

    private final List<TariffRule> rules;
    private final IncomeBands bands;

    /** Tariffs without income bands: every income is priced as declared. */
    public Tariffs(Collection<TariffRule> rules) {
        this(rules, IncomeBands.NONE);
    }

    public Tariffs(Collection<TariffRule> rules, IncomeBands bands) {
        this.rules = List.copyOf(rules);
        this.bands = bands;
    }

    public List<TariffRule> rules() {
        return rules;
    }

    public IncomeBands bands() {
        return bands;
    }

    /**
     * The row in force: a row limited to the funding source beats a general one, then the latest start wins, then the
     * newest row (so an admin corrects a row by adding one, never by editing).
     */
    public Optional<TariffRule> ruleFor(String programme, String segment, YearMonth month, String fundingSource) {
        return rules.stream()
                .filter(r -> r.appliesTo(programme, segment, month, fundingSource))
                .max(Comparator.comparing((TariffRule r) -> !r.fundingSources().isEmpty())
                        .thenComparing(TariffRule::validFrom)
                        .thenComparingLong(TariffRule::id));
    }

    /**
     * The month's contribution for one participant, programme by programme ({@code programmes} lists the ones the
     * participant is enrolled in, e.g. JKK and JKM, plus JHT when chosen), at the income of the band {@code base} falls
     * in that month. A programme without a tariff is an error: a month must never be billed at zero by accident.
     */
    public List<Line> price(
            Collection<String> programmes, String segment, YearMonth month, String fundingSource, long declared) {
        long base = bands.insured(segment, month.atDay(1), declared);
        List<Line> out = new ArrayList<>();
        for (String p : programmes) {
            TariffRule r = ruleFor(p, segment, month, fundingSource)
                    .orElseThrow(() -> new IllegalStateException(
                            "Tidak ada tarif " + p + " untuk segmen " + segment + " bulan " + month));
            out.add(new Line(p, r.amountFor(base), r));
        }
        return out;
    }

    public long total(Collection<String> programmes, String segment, YearMonth month, String fundingSource, long base) {
        return price(programmes, segment, month, fundingSource, base).stream()
                .mapToLong(Line::amount)
                .sum();
    }
}
