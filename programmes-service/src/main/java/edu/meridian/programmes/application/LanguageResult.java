package edu.meridian.programmes.application;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A language test the applicant took and their score, e.g. IELTS 7.0 (as declared; the certificate proves it). */
public record LanguageResult(
        @NotBlank @Size(max = 40) String test,
        @NotNull @DecimalMin("0") @DecimalMax("999") @Digits(integer = 3, fraction = 1) BigDecimal score) {
}
