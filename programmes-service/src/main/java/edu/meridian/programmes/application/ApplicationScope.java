package edu.meridian.programmes.application;

/**
 * The applications a caller may see: the office all of them; anyone else the union of their own ({@code owner}, a
 * token subject), the submitted ones of a unit ({@code unit}, for its college liaison) and, for campus systems, all
 * submitted ones ({@code submitted}). Nobody but the applicant sees a draft, except the office.
 */
public record ApplicationScope(boolean all, String owner, String unit, boolean submitted) {

    static final ApplicationScope NOTHING = new ApplicationScope(false, null, null, false);

    boolean includes(Application application) {
        return all || application.applicantId.equals(owner)
                || application.state.submitted() && (submitted || unit != null && unit.equals(application.homeUnit));
    }
}
