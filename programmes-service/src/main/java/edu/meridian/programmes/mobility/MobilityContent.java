package edu.meridian.programmes.mobility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What the office keeps up to date on a mobility: the partner, the planned and actual dates, the credits recognised. */
public record MobilityContent(UUID institutionId, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
        LocalDate actualEnd, BigDecimal creditsRecognised) {
}
