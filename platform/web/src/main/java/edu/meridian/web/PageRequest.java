package edu.meridian.web;

import java.util.List;

/**
 * Which page of a list to read: {@code page} from 0, {@code size} from 1 to {@link #MAX_SIZE}. A list's query
 * parameters declare the bounds with these constants, so every list pages alike:
 * <pre>
 * &#64;QueryParam("page") &#64;DefaultValue("0") &#64;Min(0) &#64;Max(PageRequest.MAX_PAGE) public int page;
 * &#64;QueryParam("size") &#64;DefaultValue(PageRequest.DEFAULT_SIZE) &#64;Min(1) &#64;Max(PageRequest.MAX_SIZE) public int size;
 * </pre>
 */
public record PageRequest(int page, int size) {

    public static final String DEFAULT_SIZE = "20";
    public static final int MAX_SIZE = 200;
    /** Far beyond any list a person pages through; it keeps the offset of a page within range. */
    public static final int MAX_PAGE = 100_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("No such page: page " + page + " of size " + size);
        }
    }

    /** The rows to skip before this page. */
    public long offset() {
        return (long) page * size;
    }

    /** This page of a list of {@code total} records. */
    public <T> Page<T> of(List<T> items, long total) {
        return new Page<>(items, total, page, size);
    }
}
