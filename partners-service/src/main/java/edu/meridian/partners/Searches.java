package edu.meridian.partners;

import java.util.Locale;

/** Helpers for the {@code q} text filter of lists. */
public final class Searches {

    private Searches() {
    }

    /** A lower-case {@code like} pattern matching the text anywhere, with the wildcards in it escaped by {@code \}. */
    public static String containing(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
