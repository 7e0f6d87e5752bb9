package id.pesona.shared;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A Kemendagri region code {@code PP.KK.CC.VVVV}. Stored and compared as its digits ({@code 7209052001}) so that "every
 * region under X" is a range on an indexed column; shown dotted ({@code 72.09.05.2001}).
 */
public record RegionCode(String digits) implements Comparable<RegionCode>, Serializable {

    public RegionCode {
        if (digits == null || !isWellFormedDigits(digits)) {
            throw new IllegalArgumentException("Kode wilayah tidak sah: " + digits);
        }
    }

    /** Parses a dotted ({@code 72.09.05.2001}) or plain ({@code 7209052001}) code. */
    public static RegionCode parse(String text) {
        return tryParse(text)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Kode wilayah tidak sah: '" + text + "'. Format: PP, PP.KK, PP.KK.CC atau PP.KK.CC.VVVV"));
    }

    public static Optional<RegionCode> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.contains(".")) {
            String[] parts = t.split("\\.", -1);
            int[] widths = {2, 2, 2, 4};
            if (parts.length > 4) {
                return Optional.empty();
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].length() != widths[i]) {
                    return Optional.empty();
                }
                sb.append(parts[i]);
            }
            t = sb.toString();
        }
        return isWellFormedDigits(t) ? Optional.of(new RegionCode(t)) : Optional.empty();
    }

    private static boolean isWellFormedDigits(String d) {
        int n = d.length();
        if (n != 2 && n != 4 && n != 6 && n != 10) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (d.charAt(i) < '0' || d.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public RegionLevel level() {
        return switch (digits.length()) {
            case 2 -> RegionLevel.PROVINSI;
            case 4 -> RegionLevel.KABUPATEN;
            case 6 -> RegionLevel.KECAMATAN;
            default -> digits.charAt(6) == '1' ? RegionLevel.KELURAHAN : RegionLevel.DESA;
        };
    }

    /** A village (desa or kelurahan) code. The village part must start with 1 (kelurahan) or 2 (desa). */
    public boolean isVillage() {
        return digits.length() == 10;
    }

    public boolean hasValidVillageKind() {
        return !isVillage() || digits.charAt(6) == '1' || digits.charAt(6) == '2';
    }

    public Optional<RegionCode> parent() {
        return switch (digits.length()) {
            case 2 -> Optional.empty();
            case 4 -> Optional.of(new RegionCode(digits.substring(0, 2)));
            case 6 -> Optional.of(new RegionCode(digits.substring(0, 4)));
            default -> Optional.of(new RegionCode(digits.substring(0, 6)));
        };
    }

    /** This code and its ancestors, from the province down. */
    public List<RegionCode> lineage() {
        List<RegionCode> out = new ArrayList<>();
        Optional<RegionCode> c = Optional.of(this);
        while (c.isPresent()) {
            out.add(c.get());
            c = c.get().parent();
        }
        Collections.reverse(out);
        return out;
    }

    /** True when {@code other} is this region or lies inside it. */
    public boolean contains(RegionCode other) {
        return other.digits.startsWith(digits);
    }

    /** Exclusive upper bound of the codes inside this region, for {@code code >= digits AND code < upperBound}. */
    public String upperBound() {
        return incrementDigits(digits);
    }

    static String incrementDigits(String d) {
        char[] c = d.toCharArray();
        for (int i = c.length - 1; i >= 0; i--) {
            if (c[i] < '9') {
                c[i]++;
                return new String(c);
            }
            c[i] = '0';
        }
        // 99.. has no successor of the same width: ':' sorts after every digit
        return d + ":";
    }

    public String dotted() {
        return switch (digits.length()) {
            case 2 -> digits;
            case 4 -> digits.substring(0, 2) + "." + digits.substring(2);
            case 6 -> digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4);
            default ->
                digits.substring(0, 2)
                        + "."
                        + digits.substring(2, 4)
                        + "."
                        + digits.substring(4, 6)
                        + "."
                        + digits.substring(6);
        };
    }

    @Override
    public int compareTo(RegionCode o) {
        return digits.compareTo(o.digits);
    }

    @Override
    public String toString() {
        return dotted();
    }
}
