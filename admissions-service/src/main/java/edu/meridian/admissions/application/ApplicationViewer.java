package edu.meridian.admissions.application;

import edu.meridian.admissions.application.ApplicationRules.Actor;

import java.util.Optional;

/**
 * Who reads or works on applications, from the token: an applicant (their own only, by their subject), an officer
 * (admissions officers and office admins process all), office staff (read all).
 */
record ApplicationViewer(String subject, boolean applicant, boolean officer, boolean staff) {

    /** An application this caller may not see is, for them, one that does not exist. */
    boolean sees(AdmissionApplication application) {
        return officer || staff || owns(application);
    }

    boolean seesAll() {
        return officer || staff;
    }

    boolean owns(AdmissionApplication application) {
        return applicant && subject.equals(application.applicantSubject);
    }

    /** How the caller acts on this application: as its applicant, as an officer, or not at all. */
    Optional<Actor> actor(AdmissionApplication application) {
        if (owns(application)) {
            return Optional.of(Actor.APPLICANT);
        }
        return officer ? Optional.of(Actor.OFFICER) : Optional.empty();
    }
}
