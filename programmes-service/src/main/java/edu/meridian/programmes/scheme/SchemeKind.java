package edu.meridian.programmes.scheme;

/** The recurring programmes the office runs. */
public enum SchemeKind {
    outbound_exchange, inbound_exchange, summer_school_outbound, summer_school_inbound, staff_exchange,
    clinical_apprenticeship, scholarship_scheme, conference_travel
}
