package edu.meridian.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The CSV files of every service, so that every export and import behaves alike: UTF-8 with a byte-order mark
 * (Excel then shows Chinese text correctly), RFC 4180 (comma, CRLF, a field with a comma, quote or line break in
 * double quotes, quotes doubled), and text cells that a spreadsheet would run as a formula — starting with
 * {@code = + - @}, tab or CR — written with a leading apostrophe, which the import takes off again.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    /** RFC 4180; empty lines are kept as records so that record positions stay exact (readers skip blank rows). */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    /** What writes the rows of a download; it runs while the response is sent. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Rows rows) throws IOException;
    }

    /** The rows of a CSV being written. Text is guarded against formula injection; numbers and dates are not. */
    public static final class Rows {

        private final CSVPrinter printer;

        private Rows(CSVPrinter printer) {
            this.printer = printer;
        }

        public void add(List<?> cells) throws IOException {
            for (Object cell : cells) {
                printer.print(cell == null ? "" : cell instanceof CharSequence text ? guard(text.toString()) : cell.toString());
            }
            printer.println();
        }
    }

    /**
     * A streamed download: the byte-order mark, the header row, then whatever {@code body} writes, sent as
     * {@code filename} (ASCII, chosen by us).
     */
    public static Response download(String filename, List<String> header, Body body) {
        StreamingOutput stream = output -> write(output, header, body);
        return Response.ok(stream, MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .build();
    }

    static void write(OutputStream output, List<String> header, Body body) throws IOException {
        output.write(BOM);
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        Rows rows = new Rows(new CSVPrinter(writer, FORMAT));
        rows.add(header);
        body.writeTo(rows);
        writer.flush();
    }

    /** {@code =1+2} → {@code '=1+2}: a spreadsheet shows the text instead of running it. */
    public static String guard(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Undoes {@link #guard}: {@code '=1+2} → {@code =1+2}; any other apostrophe stays. */
    public static String unguard(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0
                ? text.substring(1) : text;
    }

    /**
     * The text of an uploaded CSV file: strictly UTF-8, an optional byte-order mark dropped. Anything else (a file
     * saved as GBK or UTF-16, a spreadsheet's binary format) is refused with 400, naming the line.
     */
    public static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2] ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw unreadable("Line " + lineAt(bytes, start, in.position())
                    + " is not UTF-8 text; save the file as \"CSV UTF-8\"");
        }
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw unreadable("The file contains NUL characters (is it UTF-16 or a binary file?); save it as \"CSV UTF-8\"");
        }
        return text;
    }

    /** A file that cannot be read as CSV at all: 400 with what is wrong. */
    public static ProblemException unreadable(String detail) {
        return ProblemException.of(400, "csv-unreadable", "The CSV file cannot be read", detail, Map.of());
    }

    /** The physical lines of a text, to name the line (from 1) of a character position; CRLF, LF and CR end a line. */
    public static final class Lines {

        private final int[] starts;

        public Lines(CharSequence text) {
            int[] found = new int[16];
            int count = 0;
            found[count++] = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i + 1;
                }
            }
            starts = Arrays.copyOf(found, count);
        }

        public long of(long position) {
            int index = Arrays.binarySearch(starts, (int) Math.min(position, Integer.MAX_VALUE));
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }

    private static long lineAt(byte[] bytes, int from, int position) {
        long line = 1;
        for (int i = from; i < position; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }
}
