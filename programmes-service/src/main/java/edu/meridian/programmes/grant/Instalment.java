package edu.meridian.programmes.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A part of a grant: how much, when it is due, and when it was paid (null until then). */
public record Instalment(BigDecimal amount, LocalDate dueOn, LocalDate paidOn) {
}
