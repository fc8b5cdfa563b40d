package edu.meridian.persistence;

import java.util.Locale;

/** The {@code q} text filter of lists. */
public final class Searches {

    private Searches() {
    }

    /**
     * A lower-case {@code like} pattern matching the text anywhere, with the wildcards in it escaped by {@code \}: use it
     * as {@code lower(column) like :q escape '\'} (JPQL) or {@code column ilike :q} (PostgreSQL, whose default escape
     * is {@code \}).
     */
    public static String containing(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
