package edu.meridian.persistence.personal;

import java.time.LocalDate;

/** How personal data shows by default in responses: enough to recognise it, not enough to use it. */
public final class Masking {

    private Masking() {
    }

    /** A document number with its first character and last two kept: {@code E1234567 → E*****67}. */
    public static String documentNumber(String value) {
        return keepEnds(value, 1, 2);
    }

    /** The year of a date only: {@code 2029-05-31 → 2029-**-**}. */
    public static String yearOnly(LocalDate date) {
        return date == null ? null : String.format("%04d-**-**", date.getYear());
    }

    /**
     * The value with all but its first {@code start} and last {@code end} characters replaced by {@code *}; a value too
     * short to keep anything and still hide at least half of it is hidden whole.
     */
    public static String keepEnds(String value, int start, int end) {
        if (value == null) {
            return null;
        }
        int[] points = value.codePoints().toArray();
        if (points.length < 2 * (start + end)) {
            return "*".repeat(points.length);
        }
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < points.length; i++) {
            if (i < start || i >= points.length - end) {
                masked.appendCodePoint(points[i]);
            } else {
                masked.append('*');
            }
        }
        return masked.toString();
    }
}
