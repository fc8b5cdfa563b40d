package edu.meridian.testing.archsample.good.agreement;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A JAX-RS provider: part of the HTTP layer, so it may use JAX-RS without being a resource. */
public class AgreementNotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException exception) {
        return Response.status(404).type("application/problem+json").build();
    }
}
