package edu.meridian.partners;

/** The Keycloak realm roles that partners-service knows. Students and applicants see nothing here. */
public final class Roles {

    public static final String OFFICE_ADMIN = "office-admin";
    public static final String OFFICE_STAFF = "office-staff";
    public static final String COLLEGE_LIAISON = "college-liaison";
    public static final String LEADERSHIP = "leadership";
    public static final String REVIEWER = "reviewer";
    public static final String FACULTY = "faculty";
    public static final String ADMISSIONS_OFFICER = "admissions-officer";
    public static final String CAMPUS_SYSTEM = "campus-system";

    private Roles() {
    }

    /** Who sees the personal data of partner contacts. Machine clients and occasional readers do not. */
    public static boolean seesContacts(edu.meridian.web.Caller caller) {
        return caller.hasAnyRole(OFFICE_ADMIN, OFFICE_STAFF, COLLEGE_LIAISON, LEADERSHIP);
    }
}
