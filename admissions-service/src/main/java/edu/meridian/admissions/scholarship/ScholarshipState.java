package edu.meridian.admissions.scholarship;

/** A holding is paid while {@code active}; an annual review may suspend or end it, and a later one resume it. */
public enum ScholarshipState {
    active, suspended, terminated
}
