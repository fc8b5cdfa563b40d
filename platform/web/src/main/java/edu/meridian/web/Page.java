package edu.meridian.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total number of matching records. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), total, page, size);
    }
}
