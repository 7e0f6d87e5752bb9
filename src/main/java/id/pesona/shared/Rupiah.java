package id.pesona.shared;

/** Money in whole Rupiah. Exact: a {@code long}, never floating point. */
public record Rupiah(long amount) implements Comparable<Rupiah> {

    public static final Rupiah ZERO = new Rupiah(0);

    public static Rupiah of(long amount) {
        return new Rupiah(amount);
    }

    public Rupiah plus(Rupiah other) {
        return new Rupiah(Math.addExact(amount, other.amount));
    }

    public Rupiah minus(Rupiah other) {
        return new Rupiah(Math.subtractExact(amount, other.amount));
    }

    public Rupiah times(long n) {
        return new Rupiah(Math.multiplyExact(amount, n));
    }

    /** Formats as {@code Rp16.800} (Indonesian grouping) or {@code Rp16,800} with the given separator. */
    public String format(char groupingSeparator) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder sb = new StringBuilder();
        int firstGroup = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, firstGroup);
        for (int i = firstGroup; i < digits.length(); i += 3) {
            sb.append(groupingSeparator).append(digits, i, i + 3);
        }
        return (amount < 0 ? "-Rp" : "Rp") + sb;
    }

    @Override
    public int compareTo(Rupiah o) {
        return Long.compare(amount, o.amount);
    }

    @Override
    public String toString() {
        return format('.');
    }
}
