package edu.meridian.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The answers of a resource that returns one record: its JSON and, as the ETag, its version. */
public final class Responses {

    private Responses() {
    }

    /** 200 with the record and its ETag. */
    public static Response withVersion(Object body, long version) {
        return Response.ok(body, MediaType.APPLICATION_JSON).tag(ETags.of(version)).build();
    }

    /** 201 with the new record, its ETag and its address, e.g. {@code /api/partners/agreements/<id>}. */
    public static Response created(String location, Object body, long version) {
        return Response.status(Response.Status.CREATED).entity(body).type(MediaType.APPLICATION_JSON)
                .tag(ETags.of(version)).location(URI.create(location)).build();
    }
}
