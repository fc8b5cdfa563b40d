package edu.meridian.web;

/** The realm roles of Keycloak's realm {@code meridian}, as {@code @RolesAllowed} and {@link Caller} name them. */
public final class Roles {

    public static final String OFFICE_ADMIN = "office-admin";
    public static final String OFFICE_STAFF = "office-staff";
    public static final String ADMISSIONS_OFFICER = "admissions-officer";
    public static final String COLLEGE_LIAISON = "college-liaison";
    public static final String REVIEWER = "reviewer";
    public static final String LEADERSHIP = "leadership";
    public static final String STUDENT = "student";
    public static final String FACULTY = "faculty";
    public static final String APPLICANT = "applicant";
    public static final String CAMPUS_SYSTEM = "campus-system";

    private Roles() {
    }
}
