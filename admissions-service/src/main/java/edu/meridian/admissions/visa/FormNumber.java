package edu.meridian.admissions.visa;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number printed on a ministry form: a series prefix of one to four letters and a serial of six to ten digits,
 * e.g. {@code A26001234}. Zeros lead the serial up to its width, so {@code A0012} and {@code A012} are different
 * numbers of different series.
 */
public record FormNumber(String prefix, long serial, int width) implements Comparable<FormNumber> {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,4}");
    private static final Pattern FORMAT = Pattern.compile("([A-Z]{1,4})([0-9]{6,10})");
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 10;

    public FormNumber {
        boolean wellFormed = prefix != null && PREFIX.matcher(prefix).matches()
                && width >= MIN_WIDTH && width <= MAX_WIDTH
                && serial >= 0 && String.valueOf(serial).length() <= width;
        if (!wellFormed) {
            throw new IllegalArgumentException("Not a form number: " + prefix + " " + serial + " in " + width
                    + " digits");
        }
    }

    /** Spaces around it and lower-case letters are forgiven; anything else that does not fit is empty. */
    public static Optional<FormNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(2);
        return Optional.of(new FormNumber(matcher.group(1), Long.parseLong(digits), digits.length()));
    }

    public boolean sameSeries(FormNumber other) {
        return prefix.equals(other.prefix) && width == other.width;
    }

    public FormNumber plus(long steps) {
        return new FormNumber(prefix, serial + steps, width);
    }

    public String text() {
        return prefix + String.format("%0" + width + "d", serial);
    }

    @Override
    public int compareTo(FormNumber other) {
        return text().compareTo(other.text());
    }

    @Override
    public String toString() {
        return text();
    }
}
