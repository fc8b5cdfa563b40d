package edu.meridian.web;

import java.util.List;
import java.util.function.ToLongFunction;

/** Counts in groups (for figures and reports), in the order given, and their sum. */
public record Counts<T>(long total, List<T> items) {

    /** @param count the count of one group, e.g. {@code ByCountry::count} */
    public static <T> Counts<T> of(List<T> items, ToLongFunction<T> count) {
        return new Counts<>(items.stream().mapToLong(count).sum(), items);
    }
}
