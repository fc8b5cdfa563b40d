package edu.meridian.programmes.selection;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.programmes.application.Application;
import edu.meridian.programmes.application.ApplicationResponse.Choice;
import edu.meridian.programmes.application.LanguageResult;
import edu.meridian.programmes.call.Call;
import edu.meridian.programmes.call.Criterion;
import edu.meridian.programmes.partner.PartnerInstitution;
import edu.meridian.web.Disclosure;
import edu.meridian.web.Text;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A reviewer's assignment to an application. The reviewer reads, besides their conflict and scores, the call's
 * criteria and what they score the application on ({@link AssignedApplication}: never who the applicant is); a list
 * of assignments and the office's view leave the application out, and so does an assignment with a declared conflict.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssignmentResponse(
        UUID id,
        UUID applicationId,
        UUID callId,
        String reviewer,
        boolean conflictDeclared,
        String conflictReason,
        Map<String, Integer> scores,
        List<Criterion> criteria,
        AssignedApplication application,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt) {

    /** What a reviewer scores: the choices, the statement and the declared facts, without the applicant's identity. */
    public record AssignedApplication(List<Choice> choices, String statement, BigDecimal gpa, Integer yearOfStudy,
            List<LanguageResult> languageResults, Instant submittedAt) {

        static AssignedApplication of(Application application, Map<UUID, PartnerInstitution> institutions) {
            List<Choice> choices = new ArrayList<>();
            for (int i = 0; i < application.choices.size(); i++) {
                PartnerInstitution institution = institutions.get(application.choices.get(i));
                choices.add(new Choice(i + 1, application.choices.get(i),
                        institution == null ? null : new Text(institution.nameZh, institution.nameEn),
                        institution == null ? null : institution.country));
            }
            return new AssignedApplication(choices, application.statement, application.gpa, application.yearOfStudy,
                    List.copyOf(application.languageResults), application.submittedAt);
        }
    }

    /** What the office sees of an assignment: who, the conflict and the scores. */
    static final Disclosure OFFICE = Disclosure.withholding("criteria", "application");
    /** A reviewer's list: each assignment without the application. */
    static final Disclosure LIST = Disclosure.withholding("application");

    static AssignmentResponse from(Assignment assignment, Call call, AssignedApplication application, Disclosure disclosure) {
        Disclosure applied = assignment.conflictDeclared ? disclosure.andWithholding("application") : disclosure;
        return applied.apply(new AssignmentResponse(assignment.id, assignment.applicationId, assignment.callId,
                assignment.reviewer, assignment.conflictDeclared, assignment.conflictReason,
                new TreeMap<>(assignment.scores), call == null ? null : List.copyOf(call.criteria), application,
                assignment.version, assignment.createdAt, assignment.createdBy, assignment.updatedAt));
    }
}
