package edu.meridian.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.inject.Singleton;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * No text a person or a campus system sends contains a NUL character, and PostgreSQL cannot store one: a NUL in a
 * request body's text or in a query parameter is refused with 400, before it reaches business code or the database
 * (where it was a 5xx).
 */
@Singleton
public class NoNulCharacters implements ObjectMapperCustomizer {

    static final String MESSAGE = "must not contain NUL characters";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("no-nul-characters").addDeserializer(String.class, new Refusing()));
    }

    /** Query parameters, before any resource reads them. */
    @ServerRequestFilter
    public Response refuseInQuery(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0
                    || parameter.getValue().stream().anyMatch(value -> value.indexOf('\u0000') >= 0)) {
                return ProblemMapper.respond(ProblemException.invalid(parameter.getKey().replace("\u0000", ""),
                        FieldErrorCode.INVALID, MESSAGE).problem());
            }
        }
        return null;
    }

    static final class Refusing extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(parser, MESSAGE, value, String.class);
            }
            return value;
        }
    }
}
