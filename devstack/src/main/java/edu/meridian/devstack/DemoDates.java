package edu.meridian.devstack;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relative dates of the demo files: {@code {{today}}}, {@code {{today-2y+30d}}}… are dates counted from the day
 * of loading; {@code {{ay}}}, {@code {{ay+1}}} academic years such as {@code 2026/27} (a year starts in September);
 * {@code {{september}}} the coming intake's start: the first 1 September at least {@value #INTAKE_LEAD_DAYS} days ahead.
 */
final class DemoDates {

    private static final Pattern TODAY = Pattern.compile("\\{\\{today((?:[+-]\\d+[dmy])*)}}");
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d+)([dmy])");
    private static final Pattern ACADEMIC_YEAR = Pattern.compile("\\{\\{ay([+-]\\d+)?}}");

    static final int INTAKE_LEAD_DAYS = 60;
    private static final String SEPTEMBER = "{{september}}";

    private final LocalDate today;

    DemoDates(LocalDate today) {
        this.today = today;
    }

    private LocalDate comingSeptember() {
        LocalDate earliest = today.plusDays(INTAKE_LEAD_DAYS);
        LocalDate september = LocalDate.of(earliest.getYear(), 9, 1);
        return september.isBefore(earliest) ? september.plusYears(1) : september;
    }

    /** The text with its relative dates and academic years replaced. */
    String replace(String text) {
        Matcher days = TODAY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (days.find()) {
            LocalDate date = today;
            Matcher offset = OFFSET.matcher(days.group(1));
            while (offset.find()) {
                int amount = Integer.parseInt(offset.group(2)) * (offset.group(1).equals("-") ? -1 : 1);
                date = switch (offset.group(3)) {
                    case "y" -> date.plusYears(amount);
                    case "m" -> date.plusMonths(amount);
                    default -> date.plusDays(amount);
                };
            }
            days.appendReplacement(out, date.toString());
        }
        days.appendTail(out);
        Matcher years = ACADEMIC_YEAR.matcher(out.toString());
        StringBuilder result = new StringBuilder();
        int first = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        while (years.find()) {
            int start = first + (years.group(1) == null ? 0 : Integer.parseInt(years.group(1)));
            years.appendReplacement(result, start + "/" + String.format("%02d", (start + 1) % 100));
        }
        years.appendTail(result);
        return result.toString().replace(SEPTEMBER, comingSeptember().toString());
    }
}
