package id.pesona.shared;

import java.io.Serializable;
import java.util.Optional;

/**
 * The part of the country a user may see: everything under one region code, or the whole country. The one mechanism
 * that pages, exports and the API use to scope their queries: {@code code >= lower() AND code < upper()}.
 */
public record RegionScope(RegionCode rootOrNull) implements Serializable {

    public static final RegionScope NATIONAL = new RegionScope(null);

    public static RegionScope of(RegionCode code) {
        return new RegionScope(code);
    }

    public static RegionScope ofNullable(String digits) {
        return digits == null || digits.isBlank() ? NATIONAL : of(RegionCode.parse(digits));
    }

    public Optional<RegionCode> root() {
        return Optional.ofNullable(rootOrNull);
    }

    public boolean isNational() {
        return rootOrNull == null;
    }

    /** True when the region lies inside this scope. */
    public boolean contains(RegionCode code) {
        return root().map(r -> r.contains(code)).orElse(true);
    }

    /** True when the region lies on the path from the top of the country down to this scope (its ancestors). */
    public boolean isAbove(RegionCode code) {
        return root().map(r -> !r.equals(code) && code.contains(r)).orElse(false);
    }

    /** A region the user may open: inside the scope, or an ancestor whose listing is then narrowed to the scope. */
    public boolean canNavigate(RegionCode code) {
        return contains(code) || isAbove(code);
    }

    /** Inclusive lower bound for a range query on region codes (digits). */
    public String lower() {
        return root().map(RegionCode::digits).orElse("");
    }

    /** Exclusive upper bound for a range query on region codes (digits). */
    public String upper() {
        return root().map(RegionCode::upperBound).orElse(":");
    }

    @Override
    public String toString() {
        return root().map(RegionCode::dotted).orElse("Indonesia");
    }
}
