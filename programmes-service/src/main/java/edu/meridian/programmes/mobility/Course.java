package edu.meridian.programmes.mobility;

import java.math.BigDecimal;

/**
 * A line of a learning agreement: a course taken at the host ({@code code} optional, {@code credits} in the host's
 * units) and the home course it counts as, with the home credits it earns when recognised.
 */
public record Course(String code, String title, BigDecimal credits, String homeCode, String homeTitle,
        BigDecimal homeCredits) {
}
