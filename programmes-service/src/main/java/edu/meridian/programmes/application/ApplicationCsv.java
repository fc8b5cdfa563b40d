package edu.meridian.programmes.application;

import edu.meridian.programmes.partner.PartnerInstitution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A call's applications as the office selects from them: one row each, choices by partner name in rank order. The
 * statement is never exported; the GPA and the declared facts only to those who see them on screen.
 */
final class ApplicationCsv {

    static final List<String> HEADER = List.of("id", "applicant", "homeUnit", "state", "choices", "yearOfStudy", "gpa",
            "languageResults", "ineligibilityReasons", "submittedAt");

    private ApplicationCsv() {
    }

    static List<Object> row(Application application, Map<UUID, PartnerInstitution> institutions, Disclosure disclosure) {
        boolean record = disclosure.record();
        List<Object> row = new ArrayList<>();
        row.add(application.id);
        row.add(record ? application.applicantUsername : application.applicantId);
        row.add(application.homeUnit);
        row.add(application.state);
        row.add(application.choices.stream().map(choice -> name(choice, institutions)).collect(Collectors.joining("; ")));
        row.add(record ? application.yearOfStudy : null);
        row.add(record ? application.gpa : null);
        row.add(record ? application.languageResults.stream().map(result -> result.test() + " " + result.score())
                .collect(Collectors.joining("; ")) : null);
        row.add(record ? application.ineligibilityReasons.stream().map(reason -> reason.code().code())
                .collect(Collectors.joining("; ")) : null);
        row.add(application.submittedAt);
        return row;
    }

    private static String name(UUID institutionId, Map<UUID, PartnerInstitution> institutions) {
        PartnerInstitution institution = institutions.get(institutionId);
        return institution == null ? institutionId.toString() : institution.nameEn;
    }
}
