package edu.meridian.web;

import jakarta.ws.rs.WebApplicationException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Thrown by services for any refusal; the mapper turns it into problem+json with its status. It is a
 * {@link WebApplicationException} so that it keeps its status even where JAX-RS converts parameters.
 */
public class ProblemException extends WebApplicationException {

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), problem.status());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return of(404, "not-found", "Not found", what + " " + id + " does not exist", Map.of());
    }

    public static ProblemException forbidden(String detail) {
        return of(403, "forbidden", "Not allowed", detail, Map.of());
    }

    /** A rule of the domain forbids this now (e.g. an illegal transition); extensions say what is allowed. */
    public static ProblemException conflict(String slug, String title, String detail, Map<String, Object> extensions) {
        return of(409, slug, title, detail, extensions);
    }

    /**
     * 409 {@code illegal-transition}: "An agreement that is draft cannot become active", with the states the caller may
     * move the record to now.
     *
     * @param record the record with its article, as the detail begins: {@code An agreement}, {@code A joint programme}
     */
    public static ProblemException illegalTransition(String record, Object from, Object to, List<?> allowedTransitions) {
        return conflict("illegal-transition", "Transition not allowed", record + " that is " + from + " cannot become " + to,
                Map.of("allowedTransitions", allowedTransitions));
    }

    public static ProblemException invalid(String field, FieldErrorCode code, String message) {
        return invalid(List.of(new Problem.FieldError(field, code, message)));
    }

    public static ProblemException invalid(String field, FieldErrorCode code, String message, Map<String, Object> params) {
        return invalid(List.of(new Problem.FieldError(field, code, message, params)));
    }

    /** 400 listing every invalid field, each once, in the order found. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(new Problem(Problem.type("validation"), "Invalid request", 400,
                "The request has invalid fields", List.copyOf(new LinkedHashSet<>(errors)), Map.of()));
    }

    public static ProblemException preconditionRequired() {
        return of(428, "precondition-required", "If-Match required",
                "Send the record's ETag in If-Match, so that no one else's change is overwritten", Map.of());
    }

    public static ProblemException preconditionFailed() {
        return of(412, "precondition-failed", "Record changed",
                "The record was changed since you read it; read it again and retry", Map.of());
    }

    public static ProblemException of(int status, String slug, String title, String detail, Map<String, Object> extensions) {
        return new ProblemException(new Problem(Problem.type(slug), title, status, detail, List.of(), extensions));
    }
}
