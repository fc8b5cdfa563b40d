package edu.meridian.partners.institution;

import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Caller;
import edu.meridian.web.CsvImport;
import edu.meridian.web.CsvImport.Result;
import edu.meridian.web.CsvImport.Row;
import edu.meridian.web.CsvImport.RowError;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports the office's existing register of institutions from CSV, all or nothing. Every row is checked with the
 * rules of the API ({@link InstitutionCsvRequest}) and for probable duplicates, both against the registered
 * institutions and within the file; every problem is reported with its line. Only a file without any problem is imported, in one transaction, each row registered as through the API
 * (a revision and a {@code registered} event each).
 */
@ApplicationScoped
public class InstitutionImport {

    /** The largest file accepted, in bytes. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The most rows one file may have; a larger register is imported in parts. */
    public static final int MAX_ROWS = 5_000;

    static final Set<String> REQUIRED = Set.of("name_zh", "name_en", "country", "kind");

    /** The file: the export's columns (its figures are accepted so an export can be read back, and ignored). */
    public static final CsvImport FILE = new CsvImport(InstitutionExport.COLUMNS, REQUIRED, MAX_BYTES, MAX_ROWS);

    /** Rows registered between two clears of the persistence context, which otherwise grows with every row. */
    private static final int CLEAR_EVERY = 100;

    private final InstitutionService service;
    private final InstitutionRepository institutions;
    private final Caller caller;
    private final Clock clock;

    InstitutionImport(InstitutionService service, InstitutionRepository institutions, Caller caller,
            Clock clock) {
        this.service = service;
        this.institutions = institutions;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * One row of the file: the row itself (for the duplicate checks), what it registers — null when the row broke a
     * rule of the API — and the status the file gives.
     */
    public record Line(Row row, InstitutionContent content, InstitutionStatus status) {
    }

    /**
     * Checks the rows for duplicates and, unless it is a dry run, registers every one. Rows with any problem
     * ({@code rowErrors}: what the API's rules found in each row) are refused with 422 listing every problem, and
     * nothing is written.
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public Result run(List<Line> candidates, List<RowError> rowErrors, boolean dryRun) {
        List<RowError> errors = new ArrayList<>(rowErrors);
        checkDuplicates(candidates, errors);
        if (!errors.isEmpty()) {
            throw FILE.invalid(errors, candidates.size(), dryRun);
        }
        if (dryRun) {
            return Result.checked(candidates.size());
        }
        List<UUID> created = new ArrayList<>();
        for (Line candidate : candidates) {
            Institution institution = new Institution();
            institution.id = UUID.randomUUID();
            institution.status = candidate.status();
            institution.created(caller.username(), clock.instant());
            created.add(service.register(institution, candidate.content(), true).id);
            if (created.size() % CLEAR_EVERY == 0) {
                institutions.getEntityManager().flush();
                institutions.getEntityManager().clear();
            }
        }
        return Result.imported(created);
    }

    /**
     * Probable duplicates as the API finds them (same normalised English name, ROR id or SCHAC code): against the
     * registered institutions, and against an earlier line of the file.
     */
    private void checkDuplicates(List<Line> candidates, List<RowError> errors) {
        Map<String, Function<Line, String>> keys = new LinkedHashMap<>();
        keys.put("name_en", candidate -> nonEmpty(candidate.row().get("name_en") == null ? null
                : Institution.normalize(candidate.row().get("name_en"))));
        keys.put("ror_id", candidate -> candidate.row().get("ror_id"));
        keys.put("schac_code", candidate -> candidate.row().get("schac_code") == null ? null
                : candidate.row().get("schac_code").toLowerCase(Locale.ROOT));

        Map<String, Map<String, Institution>> registered = registeredMatching(candidates, keys);
        for (var key : keys.entrySet()) {
            String field = key.getKey();
            Map<String, Long> firstLine = new HashMap<>();
            for (Line candidate : candidates) {
                String value = key.getValue().apply(candidate);
                if (value == null) {
                    continue;
                }
                Institution existing = registered.get(field).get(value);
                Long earlier = firstLine.putIfAbsent(value, candidate.row().line());
                if (existing != null) {
                    errors.add(new RowError(candidate.row().line(), field, FieldErrorCode.DUPLICATE,
                            "is a probable duplicate of the registered institution \"" + existing.nameEn + "\" ("
                                    + existing.id + ")", Map.of("id", existing.id.toString(), "name", existing.nameEn)));
                } else if (earlier != null) {
                    errors.add(new RowError(candidate.row().line(), field, FieldErrorCode.DUPLICATE,
                            "is a probable duplicate of line " + earlier + " of this file", Map.of("line", earlier)));
                }
            }
        }
    }

    /** For each duplicate key, the registered institutions by their value of it, among the values in the file. */
    private Map<String, Map<String, Institution>> registeredMatching(List<Line> candidates,
            Map<String, Function<Line, String>> keys) {
        Set<String> names = values(candidates, keys.get("name_en"));
        Set<String> rors = values(candidates, keys.get("ror_id"));
        Set<String> schacs = values(candidates, keys.get("schac_code"));
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!names.isEmpty()) {
            conditions.add("normalizedName in :names");
            parameters.put("names", names);
        }
        if (!rors.isEmpty()) {
            conditions.add("rorId in :rors");
            parameters.put("rors", rors);
        }
        if (!schacs.isEmpty()) {
            conditions.add("lower(schacCode) in :schacs");
            parameters.put("schacs", schacs);
        }
        List<Institution> found = conditions.isEmpty() ? List.of()
                : institutions.list(String.join(" or ", conditions), parameters);
        Map<String, Map<String, Institution>> byKey = new HashMap<>();
        byKey.put("name_en", index(found, institution -> institution.normalizedName, names));
        byKey.put("ror_id", index(found, institution -> institution.rorId, rors));
        byKey.put("schac_code", index(found, institution -> institution.schacCode == null ? null
                : institution.schacCode.toLowerCase(Locale.ROOT), schacs));
        return byKey;
    }

    private static Set<String> values(List<Line> candidates, Function<Line, String> key) {
        return candidates.stream().map(key).filter(value -> value != null).collect(Collectors.toSet());
    }

    private static Map<String, Institution> index(List<Institution> found, Function<Institution, String> key,
            Set<String> wanted) {
        Map<String, Institution> index = new HashMap<>();
        for (Institution institution : found) {
            String value = key.apply(institution);
            if (value != null && wanted.contains(value)) {
                index.putIfAbsent(value, institution);
            }
        }
        return index;
    }

    private static String nonEmpty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
