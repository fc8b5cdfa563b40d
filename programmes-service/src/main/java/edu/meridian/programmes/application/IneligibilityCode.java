package edu.meridian.programmes.application;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Why the automatic check found an application ineligible, as a stable code that clients translate (like the
 * field-error codes); the reason's message says the same in English and its params carry the values it names.
 */
public enum IneligibilityCode {
    /** The year of study is not one of {@code allowed} (or none was given). */
    YEAR_OF_STUDY,
    /** No GPA was given, but the call asks for at least {@code minGpa}. */
    GPA_MISSING,
    /** The GPA {@code gpa} is below the call's {@code minGpa}. */
    GPA_BELOW_MINIMUM,
    /** No language result reaches any of the call's {@code accepted} tests and scores. */
    LANGUAGE,
    /** The home unit {@code unit} (none for an applicant without one) is not one of {@code allowed}. */
    HOME_UNIT;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
