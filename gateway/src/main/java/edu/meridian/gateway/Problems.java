package edu.meridian.gateway;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.core.Response;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 problem+json answers of the gateway itself, with the types the services use. */
final class Problems {

    static final String CONTENT_TYPE = "application/problem+json";

    private Problems() {
    }

    static Buffer body(int status, String type, String title, String detail) {
        return json(status, type, title, detail).toBuffer();
    }

    /** The same for a JAX-RS resource of the gateway; {@code errors} (the field errors) may be null. */
    static Response response(int status, String type, String title, String detail, JsonArray errors) {
        JsonObject problem = json(status, type, title, detail);
        if (errors != null) {
            problem.put("errors", errors);
        }
        return Response.status(status).type(CONTENT_TYPE).entity(problem.encode()).build();
    }

    private static JsonObject json(int status, String type, String title, String detail) {
        return new JsonObject()
                .put("type", "urn:meridian:problem:" + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
    }

    static void send(RoutingContext rc, int status, String type, String title, String detail) {
        if (rc.response().ended()) {
            return;
        }
        rc.response().setStatusCode(status).putHeader("Content-Type", CONTENT_TYPE)
                .end(body(status, type, title, detail));
    }
}
