package edu.meridian.programmes.partner;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;

/**
 * A cooperation condition of an agreement, as this service reads it from partners' events: how many people may go
 * which way ({@code outbound}, {@code inbound}), for what ({@code student_study}, {@code student_traineeship},
 * {@code staff_teaching}, {@code staff_training}), in which academic years ({@code 2026/27}; either end may be open).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Condition(
        String direction,
        String mobilityType,
        int placesPerYear,
        BigDecimal monthsPerPerson,
        Integer daysPerPerson,
        List<String> subjectAreas,
        List<String> levels,
        String language,
        String cefrLevel,
        String fromYear,
        String toYear) {
}
