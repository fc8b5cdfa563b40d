package edu.meridian.programmes.application;

import edu.meridian.programmes.application.ApplicationRules.Actor;
import edu.meridian.programmes.call.RequiredDocument;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Text;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationDocumentRulesTest {

    static final Set<Actor> APPLICANT = EnumSet.of(Actor.APPLICANT);
    static final Set<Actor> OFFICE = EnumSet.of(Actor.OFFICE);
    static final Set<Actor> NOBODY = EnumSet.noneOf(Actor.class);

    @Test
    void aDraftTakesTheCallsDocumentsANominatedOneTheHostsAndNoOtherStateTakesAny() {
        assertThat(ApplicationDocumentRules.stageOf(ApplicationState.draft)).isEqualTo(DocumentStage.application);
        assertThat(ApplicationDocumentRules.stageOf(ApplicationState.nominated)).isEqualTo(DocumentStage.host);
        for (ApplicationState state : ApplicationState.values()) {
            if (state != ApplicationState.draft && state != ApplicationState.nominated) {
                assertThat(ApplicationDocumentRules.stageOf(state)).as(state.name()).isNull();
            }
        }
    }

    @Test
    void theCallsDocumentsAreTheApplicantsWhileTheCallIsOpenTheHostsAlsoTheOffices() {
        assertThat(ApplicationDocumentRules.mayChange(DocumentStage.application, ApplicationState.draft, APPLICANT, true)).isTrue();
        assertThat(ApplicationDocumentRules.mayChange(DocumentStage.application, ApplicationState.draft, APPLICANT, false)).isFalse();
        assertThat(ApplicationDocumentRules.mayChange(DocumentStage.application, ApplicationState.draft, OFFICE, true)).isFalse();
        assertThat(ApplicationDocumentRules.mayChange(DocumentStage.application, ApplicationState.eligible, APPLICANT, true)).isFalse();

        assertThat(ApplicationDocumentRules.mayChange(DocumentStage.host, ApplicationState.nominated, APPLICANT, false)).isTrue();
        assertThat(ApplicationDocumentRules.mayChange(DocumentStage.host, ApplicationState.nominated, OFFICE, false)).isTrue();
        assertThat(ApplicationDocumentRules.mayChange(DocumentStage.host, ApplicationState.nominated, NOBODY, true)).isFalse();
        assertThat(ApplicationDocumentRules.mayChange(DocumentStage.host, ApplicationState.accepted_by_host, OFFICE, true)).isFalse();
        // The call's documents are closed once the application is nominated.
        assertThat(ApplicationDocumentRules.mayChange(DocumentStage.application, ApplicationState.nominated, APPLICANT, true)).isFalse();
    }

    @Test
    void onlyTheOfficeVerifiesAndRecordsTheHostsRequirementsAndOnlyWhileNominated() {
        assertThat(ApplicationDocumentRules.mayVerify(DocumentStage.host, ApplicationState.nominated, OFFICE)).isTrue();
        assertThat(ApplicationDocumentRules.mayVerify(DocumentStage.host, ApplicationState.nominated, APPLICANT)).isFalse();
        assertThat(ApplicationDocumentRules.mayVerify(DocumentStage.application, ApplicationState.nominated, OFFICE)).isFalse();
        assertThat(ApplicationDocumentRules.mayVerify(DocumentStage.host, ApplicationState.accepted_by_host, OFFICE)).isFalse();
        assertThat(ApplicationDocumentRules.mayRequire(ApplicationState.nominated, OFFICE)).isTrue();
        assertThat(ApplicationDocumentRules.mayRequire(ApplicationState.nominated, APPLICANT)).isFalse();
        assertThat(ApplicationDocumentRules.mayRequire(ApplicationState.selected, OFFICE)).isFalse();
    }

    @Test
    void eachMissingDocumentIsOneCodedErrorInTheOrderTheyAreWanted() {
        List<RequiredDocument> wanted = List.of(new RequiredDocument("transcript", new Text("成绩单", "Transcript")),
                new RequiredDocument("language-certificate", new Text("语言成绩证明", "Language certificate")),
                new RequiredDocument("recommendation", new Text("导师推荐信", "Recommendation letter")));

        var missing = ApplicationDocumentRules.missing(wanted, Set.of("language-certificate", "passport"));

        assertThat(missing).extracting(error -> error.field() + " " + error.code() + " " + error.params())
                .containsExactly("documents " + FieldErrorCode.DOCUMENT_MISSING + " " + Map.of("kind", "transcript"),
                        "documents " + FieldErrorCode.DOCUMENT_MISSING + " " + Map.of("kind", "recommendation"));
        assertThat(missing.get(1).message()).isEqualTo("must include the Recommendation letter (recommendation)");
        assertThat(ApplicationDocumentRules.kinds(missing)).containsExactly("transcript", "recommendation");
        assertThat(ApplicationDocumentRules.missing(wanted, Set.of("transcript", "language-certificate", "recommendation")))
                .isEmpty();
        assertThat(ApplicationDocumentRules.missing(List.of(), Set.of())).isEmpty();
    }
}
