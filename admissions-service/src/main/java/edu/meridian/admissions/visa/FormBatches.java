package edu.meridian.admissions.visa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a batch the office is about to record is a real range: both ends well-formed numbers of one series, in
 * order, at most {@value #MAX_SIZE} forms, and no number shared with a batch already recorded (of either type, as the
 * ministry numbers both from one register).
 */
public final class FormBatches {

    public static final long MAX_SIZE = 10_000;

    private FormBatches() {
    }

    public enum Code {
        malformed_number, different_series, reversed_range, too_large, overlaps
    }

    /** A reason with the values its wording needs ({@code field}, {@code value}, {@code first}, {@code last}…). */
    public record Finding(Code code, Map<String, Object> params) {
    }

    public static List<Finding> check(VisaFormType type, String firstText, String lastText, List<FormBatch> recorded) {
        Optional<FormNumber> first = FormNumber.parse(firstText);
        Optional<FormNumber> last = FormNumber.parse(lastText);
        List<Finding> findings = new ArrayList<>();
        if (first.isEmpty()) {
            findings.add(malformed("first", firstText));
        }
        if (last.isEmpty()) {
            findings.add(malformed("last", lastText));
        }
        if (!findings.isEmpty()) {
            return findings;
        }
        return rangeFindings(type, first.get(), last.get(), recorded);
    }

    private static List<Finding> rangeFindings(VisaFormType type, FormNumber first, FormNumber last,
            List<FormBatch> recorded) {
        if (!first.sameSeries(last)) {
            return List.of(new Finding(Code.different_series, Map.of("first", first.text(), "last", last.text())));
        }
        if (last.serial() < first.serial()) {
            return List.of(new Finding(Code.reversed_range, Map.of("first", first.text(), "last", last.text())));
        }
        List<Finding> findings = new ArrayList<>();
        if (last.serial() - first.serial() + 1 > MAX_SIZE) {
            findings.add(new Finding(Code.too_large, Map.of("max", MAX_SIZE)));
        }
        FormBatch candidate = new FormBatch(type, first, last);
        recorded.stream().filter(candidate::overlaps).forEach(batch -> findings.add(new Finding(Code.overlaps,
                Map.of("first", batch.first().text(), "last", batch.last().text()))));
        return findings;
    }

    private static Finding malformed(String field, String value) {
        return new Finding(Code.malformed_number, Map.of("field", field, "value", value == null ? "" : value));
    }
}
