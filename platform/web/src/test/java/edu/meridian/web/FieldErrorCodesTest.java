package edu.meridian.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every failed constraint reaches the client as a stable code with the limits its message speaks of. */
class FieldErrorCodesTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    record Everything(@NotNull String required, @NotBlank String blank, @Size(min = 2, max = 5) String sized,
            @Size(max = 3) List<String> items, @Min(1) int atLeast, @Max(9) int atMost,
            @DecimalMax("99.5") BigDecimal decimal, @Digits(integer = 3, fraction = 2) BigDecimal digits,
            @Pattern(regexp = "[a-z]+") String lower, @Email String email, @Past LocalDate born) {
    }

    @Test
    void eachConstraintHasItsCodeAndParams() {
        Everything bad = new Everything(null, " ", "x", List.of("a", "b", "c", "d"), 0, 10, new BigDecimal("100"),
                new BigDecimal("1234.5"), "ABC", "not an address", LocalDate.now().plusDays(1));
        Map<String, String> found = new TreeMap<>();
        for (ConstraintViolation<Everything> violation : VALIDATOR.validate(bad)) {
            found.put(violation.getPropertyPath().toString(), FieldErrorCode.of(violation).code() + " "
                    + new TreeMap<>(FieldErrorCode.paramsOf(violation)));
        }
        assertThat(found).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("required", "required {}"),
                Map.entry("blank", "required {}"),
                Map.entry("sized", "size {max=5, min=2}"),
                Map.entry("items", "size {max=3}"),
                Map.entry("atLeast", "min {value=1}"),
                Map.entry("atMost", "max {value=9}"),
                Map.entry("decimal", "max {value=99.5}"),
                Map.entry("digits", "digits {fraction=2, integer=3}"),
                Map.entry("lower", "pattern {}"),
                Map.entry("email", "email {}"),
                Map.entry("born", "not-future {}")));
    }

    @Test
    void aFieldErrorIsWrittenWithItsCodeAndOnlyTheParamsItHas() throws IOException {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(new Problem.FieldError("kind", FieldErrorCode.ONE_OF, "must be one of a, b",
                Map.of("allowed", List.of("a", "b")))))
                .isEqualTo("{\"field\":\"kind\",\"code\":\"one-of\",\"message\":\"must be one of a, b\","
                        + "\"params\":{\"allowed\":[\"a\",\"b\"]}}");
        assertThat(json.writeValueAsString(new Problem.FieldError("name", FieldErrorCode.REQUIRED, "is required")))
                .isEqualTo("{\"field\":\"name\",\"code\":\"required\",\"message\":\"is required\"}");
    }

    /**
     * Clients that are not Java (the SPA's catalogues) read the codes from {@code contracts/field-error-codes.json}.
     * When the list here changes, the file is rewritten and this fails: commit the file and translate the new codes.
     */
    @Test
    void theCommittedListOfCodesIsFresh() throws IOException {
        Path file = Path.of("../../contracts/field-error-codes.json");
        List<String> codes = Arrays.stream(FieldErrorCode.values()).map(FieldErrorCode::code).toList();
        String expected = codes.stream().map(code -> "  \"" + code + "\"")
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(expected)) {
            return;
        }
        Files.writeString(file, expected, StandardCharsets.UTF_8);
        throw new AssertionError(file.toAbsolutePath().normalize() + " was stale and is now rewritten: review and"
                + " commit it, and give each new code its text in the SPA's catalogues");
    }
}
