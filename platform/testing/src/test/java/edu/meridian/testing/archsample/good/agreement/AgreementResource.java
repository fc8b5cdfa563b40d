package edu.meridian.testing.archsample.good.agreement;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.StreamingOutput;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

@Path("/api/sample/agreements")
public class AgreementResource {

    private final AgreementService agreements;

    AgreementResource(AgreementService agreements) {
        this.agreements = agreements;
    }

    @GET
    @Path("{id}")
    public AgreementResponse get(@PathParam("id") UUID id) {
        return agreements.find(id).map(AgreementResponse::from).orElseThrow(NotFoundException::new);
    }

    @POST
    public AgreementResponse draft(AgreementRequest request) {
        return AgreementResponse.from(agreements.draft(request.title(), request.partnerId()));
    }

    /** A class nested in a resource belongs to the HTTP layer too. */
    @GET
    @Path("{id}/title.txt")
    public StreamingOutput title(@PathParam("id") UUID id) {
        String title = get(id).title();
        return new StreamingOutput() {
            @Override
            public void write(java.io.OutputStream output) throws java.io.IOException {
                output.write(title.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
