package id.pesona.contribution;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The state of one payer's account, derived from its charges and payments and nothing else: payments settle the oldest
 * unpaid contribution months first (within a month, participant by participant), a surplus stays as credit for the
 * next bills, and a reversed payment simply stops counting. Because the state is recomputed from the entries, a
 * correction never edits history.
 *
 * <p>Invariants (tested): {@code received == allocated + credit} and {@code billed == paid + outstanding}.
 */
public final class Ledger {

    /** What is owed and paid for one participant and month (charges netted, corrections included). */
    public record Due(long participantId, YearMonth month, long amount, long paid) {

        public long outstanding() {
            return amount - paid;
        }

        public boolean settled() {
            return paid >= amount;
        }
    }

    private final List<Due> dues;
    private final long received;
    private final long allocated;
    private final long credit;

    private Ledger(List<Due> dues, long received, long allocated, long credit) {
        this.dues = dues;
        this.received = received;
        this.allocated = allocated;
        this.credit = credit;
    }

    public static Ledger of(Collection<Charge> charges, Collection<PaymentEntry> payments) {
        // net the lines per participant and month: a correcting line cancels what it corrects
        Map<YearMonth, Map<Long, Long>> byMonth = new TreeMap<>();
        for (Charge c : charges) {
            byMonth.computeIfAbsent(c.month(), m -> new TreeMap<>()).merge(c.participantId(), c.amount(), Long::sum);
        }
        long available = received(payments);
        long remaining = available;
        List<Due> dues = new ArrayList<>();
        for (var month : byMonth.entrySet()) {
            for (var line : month.getValue().entrySet()) {
                long amount = Math.max(0, line.getValue());
                if (amount == 0) {
                    continue;
                }
                long paid = Math.min(amount, remaining);
                remaining -= paid;
                dues.add(new Due(line.getKey(), month.getKey(), amount, paid));
            }
        }
        return new Ledger(List.copyOf(dues), available, available - remaining, remaining);
    }

    /** Payments that still count: every payment not taken out by a reversal. */
    static long received(Collection<PaymentEntry> payments) {
        Set<Long> reversed = new HashSet<>();
        for (PaymentEntry p : payments) {
            if (p.isReversal()) {
                reversed.add(p.reverses());
            }
        }
        long sum = 0;
        for (PaymentEntry p : payments) {
            if (!p.isReversal() && !reversed.contains(p.id())) {
                sum = Math.addExact(sum, p.amount());
            }
        }
        return sum;
    }

    public List<Due> dues() {
        return dues;
    }

    public long received() {
        return received;
    }

    public long allocated() {
        return allocated;
    }

    /** Money received beyond everything billed: it pays the next bills. */
    public long credit() {
        return credit;
    }

    public long billed() {
        return dues.stream().mapToLong(Due::amount).sum();
    }

    public long paid() {
        return dues.stream().mapToLong(Due::paid).sum();
    }

    public long outstanding() {
        return dues.stream().mapToLong(Due::outstanding).sum();
    }

    /** The months fully paid for each participant. */
    public Map<Long, Set<YearMonth>> paidMonths() {
        Map<Long, Set<YearMonth>> out = new LinkedHashMap<>();
        for (Due d : dues) {
            if (d.settled()) {
                out.computeIfAbsent(d.participantId(), k -> new java.util.TreeSet<>())
                        .add(d.month());
            }
        }
        return out;
    }

    /** Unpaid amounts by contribution month, oldest first. */
    public Map<YearMonth, Long> outstandingByMonth() {
        Map<YearMonth, Long> out = new TreeMap<>();
        dues.stream()
                .filter(d -> d.outstanding() > 0)
                .sorted(Comparator.comparing(Due::month))
                .forEach(d -> out.merge(d.month(), d.outstanding(), Long::sum));
        return out;
    }
}
