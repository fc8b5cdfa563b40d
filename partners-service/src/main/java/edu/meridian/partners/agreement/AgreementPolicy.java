package edu.meridian.partners.agreement;

import edu.meridian.persistence.Versions;
import edu.meridian.web.Caller;
import edu.meridian.web.Disclosure;
import edu.meridian.web.Roles;
import jakarta.enterprise.context.RequestScoped;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may do what with an agreement (domain.md): office-staff drafts, edits, submits, sends back and renews;
 * office-admin also approves, records signatures, activates and terminates; a college liaison drafts, edits and
 * submits drafts of their own unit only; every other partner-reading role only reads.
 * <p>
 * And what each reads (least data per role, OWASP API3): the people who work with an agreement (the office, and the
 * liaisons of its unit) read all of it, its drafts and draft documents included. Every other reader sees no drafts,
 * no draft documents, and none of {@link #WORKING_FIELDS}; {@code campus-system} reads only the published facts:
 * agreements from their signature on, without who changed them.
 */
@RequestScoped
public class AgreementPolicy {

    /** What only the people who work with an agreement read: names, internal notes and review comments. */
    static final String[] WORKING_FIELDS = {"signatories", "notes", "reviewComment", "owner", Versions.REASON};
    /** Who did what: staff user names, which a campus system does not need. */
    static final String[] PEOPLE = {"createdBy", "updatedBy", "uploadedBy", Versions.CHANGED_BY};
    /** The states in which an agreement is a published fact: signed, in force or ended. */
    static final Set<AgreementState> PUBLISHED = EnumSet.of(AgreementState.signed, AgreementState.active,
            AgreementState.expiring, AgreementState.expired, AgreementState.renewed, AgreementState.terminated);

    /**
     * Which agreements a list shows the caller: those in one of {@code states}, and every one of {@code unit} (the
     * liaison's own); {@code null} for the office, who sees every one.
     */
    public record Readable(Set<AgreementState> states, String unit) {
    }

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

    /** The office, or a liaison of the agreement's unit: who writes it and reads all of it. */
    public boolean worksWith(Agreement agreement) {
        return isOffice() || isLiaisonOf(agreement);
    }

    private boolean isCampusSystem() {
        return caller.hasAnyRole(Roles.CAMPUS_SYSTEM);
    }

    public boolean mayRead(Agreement agreement) {
        if (worksWith(agreement)) {
            return true;
        }
        return isCampusSystem() ? PUBLISHED.contains(agreement.state) : agreement.state != AgreementState.draft;
    }

    /** Draft documents only to those who work with the agreement; the signed PDF and annexes to all its readers. */
    public boolean mayReadDocument(Agreement agreement, DocumentKind kind) {
        return mayRead(agreement) && (kind != DocumentKind.draft || worksWith(agreement));
    }

    /** What the caller reads of an agreement (and of its documents and history) that {@link #mayRead} allows. */
    public Disclosure disclosure(Agreement agreement) {
        if (worksWith(agreement)) {
            return Disclosure.ALL;
        }
        Disclosure reader = Disclosure.withholding(WORKING_FIELDS);
        return isCampusSystem() ? reader.andWithholding(PEOPLE) : reader;
    }

    /** The agreements {@link #mayRead} allows, as a list narrows them. */
    public Readable readable() {
        if (isOffice()) {
            return null;
        }
        Set<AgreementState> states = isCampusSystem() ? PUBLISHED
                : EnumSet.complementOf(EnumSet.of(AgreementState.draft));
        return new Readable(states, caller.hasAnyRole(Roles.COLLEGE_LIAISON) ? caller.unit().orElse(null) : null);
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
