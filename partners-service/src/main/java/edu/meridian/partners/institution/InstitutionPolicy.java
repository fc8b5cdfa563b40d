package edu.meridian.partners.institution;

import edu.meridian.persistence.Versions;
import edu.meridian.web.Caller;
import edu.meridian.web.Disclosure;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Roles;
import jakarta.enterprise.context.RequestScoped;

/**
 * What each role reads of an institution (least data per role, OWASP API3): the office reads all of it; the owner (a
 * staff member) only the office; the partner's contact people (personal data) the roles that deal with partners
 * (liaisons and leadership too); {@code campus-system} reads the published facts, without who changed them.
 */
@RequestScoped
public class InstitutionPolicy {

    private static final Disclosure READER = Disclosure.withholding("owner");
    private static final Disclosure OCCASIONAL_READER = READER.andWithholding("contacts");
    private static final Disclosure CAMPUS_SYSTEM = OCCASIONAL_READER.andWithholding("createdBy", "updatedBy",
            Versions.CHANGED_BY);

    private final Caller caller;

    InstitutionPolicy(Caller caller) {
        this.caller = caller;
    }

    public boolean isOffice() {
        return caller.hasAnyRole(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF);
    }

    public Disclosure disclosure() {
        if (isOffice()) {
            return Disclosure.ALL;
        }
        if (caller.hasAnyRole(Roles.COLLEGE_LIAISON, Roles.LEADERSHIP)) {
            return READER;
        }
        return caller.hasAnyRole(Roles.CAMPUS_SYSTEM) ? CAMPUS_SYSTEM : OCCASIONAL_READER;
    }

    /** A list by owner would tell who owns what: the office lists anyone's, others only their own. */
    public void requireMayFilterByOwner(String owner) {
        if (owner != null && !isOffice() && !owner.equals(caller.username())) {
            throw ProblemException.forbidden("Only the international office lists the institutions of another owner");
        }
    }
}
