package edu.meridian.admissions.scholarship;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A holding as the office records it. */
public record ScholarshipContent(String sponsor, ScholarshipType type, BigDecimal amount, String currency,
        LocalDate periodFrom, LocalDate periodTo) {
}
