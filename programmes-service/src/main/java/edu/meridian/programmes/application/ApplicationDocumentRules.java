package edu.meridian.programmes.application;

import edu.meridian.programmes.application.ApplicationRules.Actor;
import edu.meridian.programmes.call.RequiredDocument;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem.FieldError;
import edu.meridian.web.Uploads;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of an application's documents, on plain values. The call's required documents are the applicant's to add
 * (and take away again) while the application is a draft and the call takes applications; once it is nominated, the
 * documents the host asks for are added by the applicant or by the office, and the office verifies each. A verified
 * document stays. Submission needs a document of every kind the call requires; the host's acceptance needs a verified
 * document of every kind the host asked for.
 */
public final class ApplicationDocumentRules {

    /** What a document may be, by its content. */
    public static final List<String> ACCEPTED_TYPES = List.of(Uploads.PDF, Uploads.PNG, Uploads.JPEG);
    /** At most this many documents per application, of all kinds and stages together. */
    public static final int MAX_DOCUMENTS = 30;

    private ApplicationDocumentRules() {
    }

    /** The stage whose documents the application takes in this state: a draft the call's, a nominated one the host's. */
    public static DocumentStage stageOf(ApplicationState state) {
        return switch (state) {
            case draft -> DocumentStage.application;
            case nominated -> DocumentStage.host;
            default -> null;
        };
    }

    /**
     * Whether these actors may add a document of this stage, or take an unverified one away, now; {@code callOpen}:
     * the call takes applications today.
     */
    public static boolean mayChange(DocumentStage stage, ApplicationState state, Set<Actor> actors, boolean callOpen) {
        if (stage != stageOf(state)) {
            return false;
        }
        return switch (stage) {
            case application -> actors.contains(Actor.APPLICANT) && callOpen;
            case host -> actors.contains(Actor.APPLICANT) || actors.contains(Actor.OFFICE);
        };
    }

    /** The office verifies what the host asked for, while the host has not decided. */
    public static boolean mayVerify(DocumentStage stage, ApplicationState state, Set<Actor> actors) {
        return stage == DocumentStage.host && state == ApplicationState.nominated && actors.contains(Actor.OFFICE);
    }

    /** The office records what the host asks for while the application is nominated. */
    public static boolean mayRequire(ApplicationState state, Set<Actor> actors) {
        return state == ApplicationState.nominated && actors.contains(Actor.OFFICE);
    }

    /** One field error {@code documents} per wanted document of which there is none, in the order they are wanted. */
    public static List<FieldError> missing(List<RequiredDocument> wanted, Set<String> present) {
        return wanted.stream().filter(document -> !present.contains(document.code()))
                .map(document -> new FieldError("documents", FieldErrorCode.DOCUMENT_MISSING,
                        "must include the " + document.title().en() + " (" + document.code() + ")",
                        Map.of("kind", document.code())))
                .toList();
    }

    /** The kinds the missing-document errors name, for the problem's {@code missingDocuments}. */
    public static List<Object> kinds(List<FieldError> missing) {
        return missing.stream().map(error -> error.params().get("kind")).toList();
    }
}
