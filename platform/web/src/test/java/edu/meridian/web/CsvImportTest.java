package edu.meridian.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvImportTest {

    enum Kind { university, college }

    static final CsvImport IMPORT = new CsvImport(List.of("name", "kind", "tags"), Set.of("name"), 1024, 3);

    @Test
    void readsRowsByColumnWithTheirLinesBlankCellsAsNullAndFormulaGuardsRemoved() {
        List<CsvImport.Row> rows = IMPORT.read(csv("\uFEFFKind, Name\r\nuniversity,\"Two\r\nlines\"\r\n\r\n, '=Odd \r\n"));

        assertThat(rows).extracting(CsvImport.Row::line).containsExactly(2L, 5L);
        assertThat(rows.get(0).cells()).containsEntry("kind", "university").containsEntry("name", "Two\r\nlines");
        assertThat(rows.get(1).get("kind")).isNull();
        assertThat(rows.get(1).get("name")).isEqualTo("=Odd");
    }

    @Test
    void aHeaderWithUnknownRepeatedOrMissingColumnsMakesTheFileUnreadable() {
        assertUnreadable("name,motto\r\nA,B", "Unknown columns in line 1: motto. The columns are name,kind,tags");
        assertUnreadable("name,name\r\nA,B", "Columns named more than once in line 1: name");
        assertUnreadable("kind\r\nuniversity", "Required columns missing in line 1: name");
        assertUnreadable(" \r\n", "The file is empty");
        assertUnreadable("name\r\n", "The file has a header but no rows");
        assertUnreadable("name,kind\r\nA", "Line 2 has 1 fields but the header has 2");
        assertUnreadable("name\r\n\"A", "The file is not valid CSV");
        assertUnreadable("name\r\nA\r\nB\r\nC\r\nD", "The file has more than 3 rows");
    }

    @Test
    void aFileOverTheLimitIsTooLarge() {
        byte[] big = csv("name\r\n" + "a\r\n".repeat(400));

        assertThatThrownBy(() -> IMPORT.read(big)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(413);
            assertThat(e.problem().type()).isEqualTo("urn:meridian:problem:too-large");
        });
        assertThatThrownBy(() -> IMPORT.body(new ByteArrayInputStream(big))).isInstanceOf(ProblemException.class);
    }

    @Test
    void typedCellsCollectRowErrorsAndTheFileIsRefusedWithEveryErrorByLineThenColumn() {
        List<CsvImport.Row> rows = IMPORT.read(csv("name,kind,tags\r\nA,school,x; y ;\r\nB,college,\r\nC,castle,"));
        List<CsvImport.RowError> errors = new ArrayList<>();
        errors.add(new CsvImport.RowError(4, "name", FieldErrorCode.DUPLICATE, "is taken"));

        assertThat(rows.get(0).enumOf(Kind.class, "kind", errors)).isNull();
        assertThat(rows.get(1).enumOf(Kind.class, "kind", errors)).isEqualTo(Kind.college);
        assertThat(rows.get(2).enumOf(Kind.class, "kind", errors)).isNull();
        assertThat(rows.get(0).listOf("tags", ";")).containsExactly("x", "y");
        assertThat(rows.get(1).listOf("tags", ";")).isNull();

        ProblemException refused = IMPORT.invalid(errors, rows.size(), true);

        assertThat(refused.problem().status()).isEqualTo(422);
        assertThat(refused.problem().type()).isEqualTo("urn:meridian:problem:import-invalid");
        assertThat(refused.problem().detail()).isEqualTo("2 of 3 rows are invalid; nothing was imported");
        assertThat(refused.problem().extensions()).containsEntry("dryRun", true).containsEntry("rows", 3)
                .containsEntry("valid", 1L);
        assertThat(refused.problem().extensions().get("errors")).isEqualTo(List.of(
                new CsvImport.RowError(2, "kind", FieldErrorCode.ONE_OF, "must be one of university, college",
                        Map.of("allowed", List.of("university", "college"))),
                new CsvImport.RowError(4, "name", FieldErrorCode.DUPLICATE, "is taken"),
                new CsvImport.RowError(4, "kind", FieldErrorCode.ONE_OF, "must be one of university, college",
                        Map.of("allowed", List.of("university", "college")))));
    }

    @Test
    void dryRunIsStrictlyTrueOrFalse() {
        assertThat(CsvImport.dryRun("true")).isTrue();
        assertThat(CsvImport.dryRun("false")).isFalse();
        for (String value : new String[]{null, "", "yes", "TRUE"}) {
            assertThatThrownBy(() -> CsvImport.dryRun(value)).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.problem().errors()).extracting(Problem.FieldError::field).containsExactly("dryRun"));
        }
    }

    @Test
    void resultsSayWhatWasCheckedOrImported() {
        assertThat(CsvImport.Result.checked(3)).isEqualTo(new CsvImport.Result(true, 3, 3, List.of(), List.of()));
        var id = java.util.UUID.randomUUID();
        assertThat(CsvImport.Result.imported(List.of(id))).isEqualTo(new CsvImport.Result(false, 1, 1, List.of(), List.of(id)));
    }

    private static void assertUnreadable(String file, String detail) {
        assertThatThrownBy(() -> IMPORT.read(csv(file))).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().type()).isEqualTo("urn:meridian:problem:csv-unreadable");
            assertThat(e.problem().detail()).startsWith(detail);
        });
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
