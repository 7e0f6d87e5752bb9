package id.pesona.shared;

/** Money in whole Rupiah. Exact: a {@code long}, never floating point. */
public record Rupiah(long amount) implements Comparable<Rupiah> {

    public static final Rupiah ZERO = new Rupiah(0);

    private static final java.util.regex.Pattern TYPED =
            java.util.regex.Pattern.compile("(?i)\\s*(rp\\.?\\s*)?(\\d{1,3}(\\.\\d{3})+|\\d+)\\s*");

    /** Whole Rupiah as people type them: {@code 6.800}, {@code Rp6.800}, {@code 6800}; decimals are refused. */
    public static java.util.Optional<Long> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        var m = TYPED.matcher(text);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Long.parseLong(m.group(2).replace(".", "")));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

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
