package edu.meridian.web;

/** What the caller typed, tidied. */
public final class Strings {

    private Strings() {
    }

    /** Null for null or blank text, else the text without leading and trailing white space. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
