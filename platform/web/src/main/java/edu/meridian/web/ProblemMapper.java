package edu.meridian.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Every error a service returns is problem+json; bad input is a 4xx that names the fields, never a 5xx. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), FieldErrorCode.of(violation),
                        violation.getMessage(), FieldErrorCode.paramsOf(violation)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(new Problem(Problem.type("validation"), "Invalid request", 400,
                "The request has invalid fields", errors, Map.of()));
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        Problem.FieldError error;
        if (e instanceof UnrecognizedPropertyException) {
            error = new Problem.FieldError(field, FieldErrorCode.UNKNOWN_FIELD, "is not a field of this request");
        } else if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            List<String> allowed = Arrays.stream(format.getTargetType().getEnumConstants()).map(Object::toString).toList();
            error = new Problem.FieldError(field, FieldErrorCode.ONE_OF, "must be one of " + String.join(", ", allowed),
                    Map.of("allowed", allowed));
        } else if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            error = new Problem.FieldError(field, FieldErrorCode.INVALID, NoNulCharacters.MESSAGE);
        } else if (e instanceof InvalidFormatException format && format.getValue() instanceof java.time.LocalDate) {
            error = new Problem.FieldError(field, FieldErrorCode.DATE_RANGE, SaneDates.MESSAGE, SaneDates.RANGE);
        } else if (e instanceof InvalidFormatException format && isWholeNumber(format.getTargetType())) {
            error = new Problem.FieldError(field, FieldErrorCode.WRONG_TYPE, "must be a whole number");
        } else if (e instanceof JsonMappingException) {
            error = new Problem.FieldError(field, FieldErrorCode.WRONG_TYPE, "has the wrong type or format");
        } else {
            error = new Problem.FieldError(field, FieldErrorCode.NOT_JSON, "the body is not valid JSON");
        }
        List<Problem.FieldError> errors = List.of(error);
        return respond(new Problem(Problem.type("validation"), "Invalid request", 400,
                "The request body cannot be read", errors, Map.of()));
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e) {
        return respond(ProblemException.preconditionFailed().problem());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated() {
        return Response.fromResponse(respond(new Problem(Problem.type("unauthenticated"), "Authentication required", 401,
                        "A valid bearer access token for meridian-api is required", List.of(), Map.of())))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(ProblemException.forbidden("Your roles do not allow this").problem());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        String title = family == Response.Status.Family.CLIENT_ERROR
                ? Response.Status.fromStatusCode(status) != null ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Bad request"
                : "Error";
        return respond(new Problem(Problem.type("http-" + status), title, status, e.getMessage(), List.of(), Map.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected failure", e);
        return respond(new Problem(Problem.type("internal"), "Internal error", 500,
                "Something went wrong on our side; the request id in the response headers helps to find it",
                List.of(), Map.of()));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** {@code create.request.name.zh} → {@code name.zh}: drop the method and parameter names. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> nodes = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            String name = node.getName();
            if (node.getIndex() != null && !nodes.isEmpty()) {
                int last = nodes.size() - 1;
                nodes.set(last, nodes.get(last) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                nodes.add(name);
            }
        }
        return nodes.size() > 2 ? String.join(".", nodes.subList(2, nodes.size()))
                : nodes.isEmpty() ? "" : nodes.get(nodes.size() - 1);
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
