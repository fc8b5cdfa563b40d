package edu.meridian.partners.api;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import edu.meridian.web.ProblemMapper;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A body field of the wrong type or an unknown enum value raises {@link MismatchedInputException}, for which Quarkus
 * has a built-in mapper answering plain JSON; being more specific than the {@code JsonProcessingException} that
 * {@link ProblemMapper} maps, it would win. This sends it to {@link ProblemMapper} so it is problem+json naming the
 * field. (The fix belongs in platform/web; until then each service needs this.)
 */
public class BodyProblems {

    private final ProblemMapper problems = new ProblemMapper();

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e) {
        return problems.unreadable(e);
    }
}
