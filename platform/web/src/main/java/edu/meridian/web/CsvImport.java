package edu.meridian.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The generic half of a CSV import, all or nothing: the file's size, encoding and header are checked (400, or 413 when
 * too large), its rows read into cells by column; the service checks each row with its own rules, collecting
 * {@link RowError}s by line; any error refuses the whole file with 422 listing every one ({@link #invalid}), and only a
 * file without errors is imported (or, in a dry run, only reported as importable).
 */
public final class CsvImport {

    /**
     * A problem with one row: the physical line in the file (the header is line 1), the column, what is wrong as a
     * {@link FieldErrorCode} and in English, and the values the message names.
     */
    public record RowError(long line, String field, FieldErrorCode code, String message,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> params) {

        public RowError {
            params = params == null ? Map.of() : Map.copyOf(params);
        }

        public RowError(long line, String field, FieldErrorCode code, String message) {
            this(line, field, code, message, Map.of());
        }
    }

    /** What an import did (or, in a dry run, would do). */
    public record Result(boolean dryRun, int rows, int valid, List<RowError> errors, List<UUID> created) {

        public static Result checked(int rows) {
            return new Result(true, rows, rows, List.of(), List.of());
        }

        public static Result imported(List<UUID> created) {
            return new Result(false, created.size(), created.size(), List.of(), List.copyOf(created));
        }
    }

    /** A row of the file: the line it starts on and its cells by column, stripped and unguarded, blank as null. */
    public record Row(long line, Map<String, String> cells) {

        public String get(String column) {
            return cells.get(column);
        }

        /** The cell as one of the enum's constants, null when blank; an unknown value is added to {@code errors}. */
        public <E extends Enum<E>> E enumOf(Class<E> type, String column, List<RowError> errors) {
            String value = get(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
                errors.add(new RowError(line, column, FieldErrorCode.ONE_OF, "must be one of " + String.join(", ", allowed),
                        Map.of("allowed", allowed)));
                return null;
            }
        }

        /** The cell split into its non-blank parts, null when blank. */
        public List<String> listOf(String column, String separator) {
            String value = get(column);
            return value == null ? null : Arrays.stream(value.split(java.util.regex.Pattern.quote(separator)))
                    .map(String::strip).filter(part -> !part.isEmpty()).toList();
        }
    }

    private final List<String> columns;
    private final Set<String> required;
    private final int maxBytes;
    private final int maxRows;

    /**
     * @param columns  every column a file may have, in the export's order (errors are sorted by it)
     * @param required the columns a file must have
     */
    public CsvImport(List<String> columns, Set<String> required, int maxBytes, int maxRows) {
        this.columns = List.copyOf(columns);
        this.required = Set.copyOf(required);
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    /** A request body, read up to one byte past the limit; 413 when it is over. */
    public byte[] body(InputStream body) throws IOException {
        return requireSize(body.readNBytes(maxBytes + 1));
    }

    /** The file of a multipart form field; 400 when the field is missing, 413 when the file is over the limit. */
    public byte[] upload(FileUpload file, String field) throws IOException {
        if (file == null) {
            throw ProblemException.invalid(field, FieldErrorCode.REQUIRED, "is required: the CSV file as the form field '" + field + "'");
        }
        if (file.size() > maxBytes) {
            throw tooLarge();
        }
        return Files.readAllBytes(file.uploadedFile());
    }

    /** The data rows of the file; anything that makes it unreadable as a whole is a 400 naming what and where. */
    public List<Row> read(byte[] file) {
        String text = Csv.decode(requireSize(file));
        if (text.isBlank()) {
            throw Csv.unreadable("The file is empty; the first line must name the columns: " + String.join(",", columns));
        }
        Csv.Lines lines = new Csv.Lines(text);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, Csv.FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = header(records.next());
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = lines.of(record.getCharacterPosition());
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (record.size() != header.size()) {
                    throw Csv.unreadable("Line " + line + " has " + record.size() + " fields but the header has "
                            + header.size() + "; a field with a comma, quote or line break must be in double quotes");
                }
                if (rows.size() == maxRows) {
                    throw Csv.unreadable("The file has more than " + maxRows + " rows; import it in parts");
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String value = Csv.unguard(record.get(i).strip());
                    cells.put(header.get(i), value.isEmpty() ? null : value);
                }
                rows.add(new Row(line, cells));
            }
        } catch (IOException | UncheckedIOException e) {
            String reason = e instanceof UncheckedIOException unchecked ? unchecked.getCause().getMessage() : e.getMessage();
            throw Csv.unreadable("The file is not valid CSV: " + reason
                    + ". A field with a comma, quote or line break must be in double quotes, and a quote inside it doubled");
        }
        if (rows.isEmpty()) {
            throw Csv.unreadable("The file has a header but no rows");
        }
        return rows;
    }

    /** 422: the file has invalid rows, every error listed by line and then by column; nothing was imported. */
    public ProblemException invalid(List<RowError> errors, int rows, boolean dryRun) {
        List<RowError> sorted = errors.stream().sorted(Comparator.comparingLong(RowError::line)
                .thenComparingInt(error -> columns.indexOf(error.field()))).toList();
        long invalid = sorted.stream().map(RowError::line).distinct().count();
        return ProblemException.of(422, "import-invalid", "The file has invalid rows",
                invalid + " of " + rows + " rows are invalid; nothing was imported",
                Map.of("dryRun", dryRun, "rows", rows, "valid", rows - invalid, "errors", sorted));
    }

    /** 413: the file is larger than the limit. */
    public ProblemException tooLarge() {
        String limit = maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " MB" : maxBytes + " bytes";
        return ProblemException.of(413, "too-large", "File too large",
                "The file has more than " + limit + "; import it in parts", Map.of());
    }

    /** The {@code dryRun} parameter, strictly true or false: a mistyped value must never turn a check into an import. */
    public static boolean dryRun(String value) {
        if ("true".equals(value)) {
            return true;
        }
        if ("false".equals(value)) {
            return false;
        }
        throw ProblemException.invalid("dryRun", FieldErrorCode.REQUIRED, "is required: true to only check the file, false to import it");
    }

    private byte[] requireSize(byte[] file) {
        if (file.length > maxBytes) {
            throw tooLarge();
        }
        return file;
    }

    private List<String> header(CSVRecord record) {
        List<String> header = record.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> unknown = header.stream().filter(name -> !columns.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw Csv.unreadable("Unknown columns in line 1: " + unknown.stream()
                    .map(name -> name.isEmpty() ? "(a column without a name)" : name).collect(Collectors.joining(", "))
                    + ". The columns are " + String.join(",", columns));
        }
        List<String> repeated = header.stream().filter(name -> header.indexOf(name) != header.lastIndexOf(name))
                .distinct().toList();
        if (!repeated.isEmpty()) {
            throw Csv.unreadable("Columns named more than once in line 1: " + String.join(", ", repeated));
        }
        List<String> missing = columns.stream().filter(name -> required.contains(name) && !header.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw Csv.unreadable("Required columns missing in line 1: " + String.join(", ", missing));
        }
        return header;
    }
}
