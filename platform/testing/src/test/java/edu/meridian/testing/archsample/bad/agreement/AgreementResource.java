package edu.meridian.testing.archsample.bad.agreement;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.util.List;
import java.util.UUID;

/** Wrong: reads through the repository itself and hands out entities. */
@Path("/api/sample/agreements")
public class AgreementResource {

    private final AgreementRepository agreements;

    AgreementResource(AgreementRepository agreements) {
        this.agreements = agreements;
    }

    @GET
    @Path("{id}")
    public Agreement get(@PathParam("id") UUID id) {
        return agreements.findById(id);
    }

    @GET
    public List<Agreement> list() {
        return agreements.listAll();
    }
}
