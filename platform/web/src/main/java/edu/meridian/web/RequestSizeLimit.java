package edu.meridian.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request that announces a body over {@code quarkus.http.limits.max-body-size} is refused before any of it is read,
 * as Quarkus does, but with a problem+json body instead of an empty 413. It runs just before Quarkus's own check.
 * Bodies sent without a length (chunked) are still cut off by Quarkus itself with an empty 413.
 */
@ApplicationScoped
class RequestSizeLimit {

    void install(@Observes Router router, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize)
            throws JsonProcessingException {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long limit = maxBodySize.get().asLongValue();
        String problem = json.writeValueAsString(new Problem(Problem.type("request-too-large"), "Request too large", 413,
                "The request body is larger than the " + limit + " bytes this service accepts", List.of(),
                Map.of("maxBodySize", limit)));
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> refuseOverLimit(context, limit, problem));
    }

    private static void refuseOverLimit(RoutingContext context, long limit, String problem) {
        String announced = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (announced != null && length(announced) > limit) {
            HttpServerResponse response = context.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
            if (context.request().version() != HttpVersion.HTTP_2) {
                // The body is not read, so the connection cannot carry another request.
                response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
                response.endHandler(ended -> context.request().connection().close());
            }
            response.end(problem);
            return;
        }
        context.next();
    }

    private static long length(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
