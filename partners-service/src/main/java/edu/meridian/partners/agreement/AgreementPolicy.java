package edu.meridian.partners.agreement;

import edu.meridian.web.Caller;
import edu.meridian.web.Roles;
import jakarta.enterprise.context.RequestScoped;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may do what with an agreement (domain.md): office-staff drafts, edits, submits, sends back and renews;
 * office-admin also approves, records signatures, activates and terminates; a college liaison drafts, edits and
 * submits drafts of their own unit only; every other partner-reading role only reads.
 */
@RequestScoped
public class AgreementPolicy {

    private final Caller caller;

    AgreementPolicy(Caller caller) {
        this.caller = caller;
    }

    public boolean isOffice() {
        return caller.hasAnyRole(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF);
    }

    public boolean isAdmin() {
        return caller.hasAnyRole(Roles.OFFICE_ADMIN);
    }

    /** A liaison acting on a record of their own unit (and not also office staff). */
    private boolean isLiaisonOf(Agreement agreement) {
        return caller.hasAnyRole(Roles.COLLEGE_LIAISON)
                && caller.unit().map(unit -> unit.equals(agreement.signingUnit)).orElse(false);
    }

    public boolean mayDraft() {
        return isOffice() || (caller.hasAnyRole(Roles.COLLEGE_LIAISON) && caller.unit().isPresent());
    }

    /** Drafts by the office or the unit's liaison; agreements in force by the office (an amendment). */
    public boolean mayEdit(Agreement agreement) {
        return switch (agreement.state) {
            case draft -> isOffice() || isLiaisonOf(agreement);
            case active, expiring -> isOffice();
            default -> false;
        };
    }

    public boolean mayDelete(Agreement agreement) {
        if (!agreement.state.deletable()) {
            return false;
        }
        return agreement.state == AgreementState.approved ? isAdmin()
                : isOffice() || (agreement.state == AgreementState.draft && isLiaisonOf(agreement));
    }

    public boolean mayRenew(Agreement agreement) {
        return isOffice() && EnumSet.of(AgreementState.signed, AgreementState.active, AgreementState.expiring,
                AgreementState.expired).contains(agreement.state);
    }

    /** Documents (drafts, the signed PDF) may be added by whoever may edit, and by the office until the end. */
    public boolean mayAddDocuments(Agreement agreement) {
        return mayEdit(agreement) || (isOffice() && !agreement.state.ended());
    }

    public boolean mayTransition(Agreement agreement, AgreementState to) {
        if (!agreement.state.byPeople().contains(to)) {
            return false;
        }
        return switch (to) {
            case under_review -> isOffice() || isLiaisonOf(agreement);
            case draft -> isOffice();
            case approved, signed, active, terminated -> isAdmin();
            default -> false;
        };
    }

    /** The states this caller may move the agreement to now: what the SPA offers as buttons. */
    public List<AgreementState> allowedTransitions(Agreement agreement) {
        Set<AgreementState> next = agreement.state.byPeople();
        return next.stream().filter(to -> mayTransition(agreement, to)).sorted().toList();
    }
}
