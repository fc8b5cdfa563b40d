package edu.meridian.programmes.mobility;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What the office keeps up to date on a mobility: the partner, planned and actual dates, the credits recognised. */
public record MobilityRequest(
        @NotNull UUID institutionId,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        @DecimalMin("0") @DecimalMax("999") @Digits(integer = 3, fraction = 1) BigDecimal creditsRecognised) {

    MobilityContent toContent() {
        return new MobilityContent(institutionId, plannedStart, plannedEnd, actualStart, actualEnd, creditsRecognised);
    }
}
