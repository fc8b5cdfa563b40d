package edu.meridian.persistence;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An academic year, written as the office writes it, {@code 2026/27}: from the first day of its start month (September unless the university
 * says otherwise) to the day before that month a year later.
 */
public record AcademicYear(int startYear, Month startMonth) {

    public static final Month DEFAULT_START = Month.SEPTEMBER;

    private static final Pattern TEXT = Pattern.compile("(\\d{4})/(\\d{2})");

    public AcademicYear {
        if (startMonth == null) {
            throw new IllegalArgumentException("An academic year needs its start month");
        }
    }

    /** The academic year (starting in September) that this day is in. */
    public static AcademicYear of(LocalDate date) {
        return of(date, DEFAULT_START);
    }

    public static AcademicYear of(LocalDate date, Month startMonth) {
        int year = date.getMonthValue() >= startMonth.getValue() ? date.getYear() : date.getYear() - 1;
        return new AcademicYear(year, startMonth);
    }

    /** {@code 2026/27} (starting in September). */
    public static AcademicYear parse(String text) {
        return parse(text, DEFAULT_START);
    }

    /** @throws IllegalArgumentException unless the text is two consecutive years, such as {@code 2026/27} */
    public static AcademicYear parse(String text, Month startMonth) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches() || Integer.parseInt(matcher.group(2)) != (Integer.parseInt(matcher.group(1)) + 1) % 100) {
            throw new IllegalArgumentException("An academic year is two consecutive years, such as 2026/27: " + text);
        }
        return new AcademicYear(Integer.parseInt(matcher.group(1)), startMonth);
    }

    /** The first day. */
    public LocalDate start() {
        return LocalDate.of(startYear, startMonth, 1);
    }

    /** The last day. */
    public LocalDate end() {
        return start().plusYears(1).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public AcademicYear plusYears(int years) {
        return new AcademicYear(startYear + years, startMonth);
    }

    @Override
    public String toString() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
