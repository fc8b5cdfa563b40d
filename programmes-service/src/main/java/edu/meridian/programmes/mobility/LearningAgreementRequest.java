package edu.meridian.programmes.mobility;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

import static edu.meridian.web.Strings.blankToNull;

/** The courses of a learning agreement, whole: each course at the host and the home course it counts as. */
public record LearningAgreementRequest(@NotNull @Size(max = 30) List<@NotNull @Valid Line> courses) {

    public record Line(
            @Size(max = 40) String code,
            @NotBlank @Size(max = 300) String title,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("60") @Digits(integer = 2, fraction = 1)
            BigDecimal credits,
            @Size(max = 40) String homeCode,
            @NotBlank @Size(max = 300) String homeTitle,
            @NotNull @DecimalMin("0") @DecimalMax("60") @Digits(integer = 2, fraction = 1) BigDecimal homeCredits) {
    }

    List<Course> toCourses() {
        return courses.stream().map(line -> new Course(blankToNull(line.code()), line.title().strip(),
                line.credits().stripTrailingZeros(), blankToNull(line.homeCode()), line.homeTitle().strip(),
                line.homeCredits().stripTrailingZeros())).toList();
    }
}
