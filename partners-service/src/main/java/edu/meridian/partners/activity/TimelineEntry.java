package edu.meridian.partners.activity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing that happened with a partner: an agreement in force, a mobility, a nomination or a visit, on the day it
 * happened, with the service that owns the record and the API path that reads it there. Never who.
 *
 * @param kind   {@code agreement}, {@code mobility}, {@code application} or {@code delegation}
 * @param detail what kind of agreement, mobility or visit (e.g. {@code outbound student_study}), if known
 */
public record TimelineEntry(LocalDate date, String kind, UUID recordId, String state, String detail, String service,
        String path) {
}
