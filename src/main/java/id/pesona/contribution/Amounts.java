package id.pesona.contribution;

import java.util.Optional;
import java.util.regex.Pattern;

/** Parses amounts as Indonesians type them: {@code 6.800}, {@code Rp6.800}, {@code 6800}; rates as {@code 0,24}. */
final class Amounts {

    private static final Pattern PERCENT = Pattern.compile("\\s*(\\d{1,3})([,.](\\d{1,2}))?\\s*%?\\s*");

    private Amounts() {}

    /** Whole Rupiah; decimals are refused (money is exact). */
    static Optional<Long> parseRupiah(String text) {
        return id.pesona.shared.Rupiah.parse(text);
    }

    /** "1" → 100, "0,24" → 24, "5,7" → 570, "0.3" → 30; at most two decimals, at most 100 %. */
    static Optional<Long> percentToBasisPoints(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = PERCENT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long whole = Long.parseLong(m.group(1));
        String dec = m.group(3) == null ? "0" : m.group(3);
        long fraction = dec.length() == 1 ? Long.parseLong(dec) * 10 : Long.parseLong(dec);
        long bp = whole * 100 + fraction;
        return bp <= 10_000 ? Optional.of(bp) : Optional.empty();
    }
}
