package edu.meridian.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.util.List;

/**
 * A list as a streamed CSV download that reads the list one page at a time, each page in a short transaction of its
 * own, while the response is sent: a large export neither fills memory nor holds a database connection for as long
 * as a slow client takes to download it.
 */
public final class CsvExport {

    /** Rows read per page (and per transaction). */
    public static final int PAGE_SIZE = 500;

    private CsvExport() {
    }

    /**
     * Reads one page of the export as CSV rows, cells in the header's order; page 0 first. It runs inside a
     * transaction, so it may load lazy fields of the entities it turns into rows.
     */
    @FunctionalInterface
    public interface PageOfRows {
        List<? extends List<?>> read(int page, int size);
    }

    /** The download {@code filename}: the header row, then every page until one is shorter than {@link #PAGE_SIZE}. */
    public static Response stream(String filename, List<String> header, PageOfRows pages) {
        return Csv.download(filename, header,
                rows -> writePages(rows, (page, size) -> QuarkusTransaction.requiringNew().call(() -> pages.read(page, size)),
                        PAGE_SIZE));
    }

    static void writePages(Csv.Rows rows, PageOfRows pages, int pageSize) throws IOException {
        for (int page = 0; ; page++) {
            List<? extends List<?>> read = pages.read(page, pageSize);
            for (List<?> row : read) {
                rows.add(row);
            }
            if (read.size() < pageSize) {
                return;
            }
        }
    }
}
