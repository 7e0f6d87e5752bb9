package id.pesona.shared;

import java.util.Locale;

/**
 * Patterns for {@code LIKE ? ESCAPE '\'} built from what a user typed in a search box: {@code %} and {@code _} are
 * literal characters there, not wildcards. Use with {@link #ESCAPE} after the placeholder.
 */
public final class Like {

    /** The clause to write after the placeholder: {@code lower(name) like ?} + {@code ESCAPE}. */
    public static final String ESCAPE = " escape '\\'";

    private Like() {}

    /** "contains" pattern of the typed text, lower case: {@code 100%} finds "Diskon 100%" only. */
    public static String contains(String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
