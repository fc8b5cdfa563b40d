package edu.meridian.partners.institution;

import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Countries;
import edu.meridian.web.CsvImport.Row;
import edu.meridian.web.CsvImport.RowError;
import edu.meridian.web.Text;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * An import file read as the API reads a request: each row becomes an {@link InstitutionRequest}, checked with its
 * constraints, the country list, the kinds and statuses, every problem named by line and column.
 */
final class InstitutionCsvRequest {

    private InstitutionCsvRequest() {
    }

    /** The file's rows as import lines; their problems are added to {@code errors}. */
    static List<InstitutionImport.Line> read(byte[] file, Validator validator, List<RowError> errors) {
        List<InstitutionImport.Line> lines = new ArrayList<>();
        for (Row row : InstitutionImport.FILE.read(file)) {
            lines.add(line(row, validator, errors));
        }
        return lines;
    }

    /** The row as the API would take it, its problems added to {@code errors} (then it registers nothing). */
    private static InstitutionImport.Line line(Row row, Validator validator, List<RowError> errors) {
        int before = errors.size();
        InstitutionKind kind = row.enumOf(InstitutionKind.class, "kind", errors);
        InstitutionStatus status = row.get("status") == null ? InstitutionStatus.prospective
                : row.enumOf(InstitutionStatus.class, "status", errors);
        List<String> tags = row.listOf("tags", InstitutionExport.TAG_SEPARATOR);
        InstitutionRequest request = new InstitutionRequest(new Text(row.get("name_zh"), row.get("name_en")),
                row.get("local_name"), row.get("abbreviation"), row.get("country"), row.get("city"), kind,
                row.get("ror_id"), row.get("schac_code"), row.get("erasmus_code"), row.get("website"), null, null,
                tags, row.get("owner"));
        Set<String> invalidFields = new HashSet<>();
        for (ConstraintViolation<InstitutionRequest> violation : validator.validate(request)) {
            String field = columnOf(violation);
            if (field.equals("kind") && row.get("kind") != null) {
                continue; // already reported as not one of the kinds
            }
            invalidFields.add(field);
            errors.add(new RowError(row.line(), field, FieldErrorCode.of(violation), messageOf(violation, field),
                    FieldErrorCode.paramsOf(violation)));
        }
        if (!invalidFields.contains("country") && row.get("country") != null && !Countries.exists(row.get("country"))) {
            errors.add(new RowError(row.line(), "country", FieldErrorCode.UNKNOWN_COUNTRY, "is not a country or region of the reference list"));
        }
        if (!invalidFields.contains("name_en") && row.get("name_en") != null
                && Institution.normalize(row.get("name_en")).length() > 300) {
            errors.add(new RowError(row.line(), "name_en", FieldErrorCode.SIZE, "is too long once normalised for comparison",
                    Map.of("max", 300)));
        }
        return new InstitutionImport.Line(row, errors.size() == before ? request.toContent() : null, status);
    }

    /** {@code name.zh} → {@code name_zh}, {@code rorId} → {@code ror_id}, {@code tags[2].<list element>} → {@code tags}. */
    private static String columnOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        if (path.startsWith("name.")) {
            return "name_" + path.substring("name.".length());
        }
        String property = path.split("[.\\[]", 2)[0];
        return property.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private static String messageOf(ConstraintViolation<?> violation, String field) {
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        boolean element = violation.getPropertyPath().toString().contains("[");
        if (!element && (constraint == NotNull.class || constraint == NotBlank.class)) {
            return "is required";
        }
        return element && field.equals("tags") ? "each tag: " + violation.getMessage() : violation.getMessage();
    }
}
