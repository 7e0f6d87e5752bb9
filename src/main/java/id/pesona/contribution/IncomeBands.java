package id.pesona.contribution;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The income band tables (rule rows): the table in force for a segment on a date is every row of the latest start on
 * or before it. A declared income maps to the band containing it; below the lowest band, to the lowest band. The
 * billing run does the same mapping in SQL with a join on {@code income_band} ({@link BillingRun}); a test bills
 * incomes around the bands and compares the lines with this class.
 */
public final class IncomeBands {

    public static final IncomeBands NONE = new IncomeBands(List.of());

    private final List<IncomeBand> rows;

    public IncomeBands(Collection<IncomeBand> rows) {
        this.rows = List.copyOf(rows);
    }

    public List<IncomeBand> rows() {
        return rows;
    }

    /** The band table of a segment in force on a date, lowest band first (empty when none is in force). */
    public List<IncomeBand> inForce(String segment, LocalDate date) {
        Optional<LocalDate> start = rows.stream()
                .filter(r -> r.segment().equals(segment) && !r.validFrom().isAfter(date))
                .map(IncomeBand::validFrom)
                .max(Comparator.naturalOrder());
        return start.map(s -> rows.stream()
                        .filter(r ->
                                r.segment().equals(segment) && r.validFrom().equals(s))
                        .sorted(Comparator.comparingLong(IncomeBand::incomeFrom))
                        .toList())
                .orElse(List.of());
    }

    /** The band a declared income falls in on a date: the band containing it, or the lowest band when below it. */
    public Optional<IncomeBand> bandOf(String segment, LocalDate date, long declared) {
        List<IncomeBand> table = inForce(segment, date);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        if (declared < table.get(0).incomeFrom()) {
            return Optional.of(table.get(0));
        }
        return table.stream().filter(b -> b.contains(declared)).findFirst();
    }

    /** The income billed and insured for a declared income on a date (the declared income where no band applies). */
    public long insured(String segment, LocalDate date, long declared) {
        return bandOf(segment, date, declared).map(b -> b.insured(declared)).orElse(declared);
    }
}
