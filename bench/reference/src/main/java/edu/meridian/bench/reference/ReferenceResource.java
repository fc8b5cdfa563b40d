package edu.meridian.bench.reference;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/**
 * The same page of institutions twice: open, and behind bearer-token validation (application.properties), so the
 * benchmark can price the token alone. A page is its items and the total, like the product's lists.
 */
@Path("/reference")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    public record Row(UUID id, String nameZh, String nameEn, String country, String city, String kind,
            String status, String owner) {
    }

    public record Page(List<Row> items, long total, int page, int size) {
    }

    @GET
    @Path("/open/institutions")
    public Page open(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return page(page, size);
    }

    @GET
    @Path("/secured/institutions")
    public Page secured(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return page(page, size);
    }

    private static Page page(int page, int size) {
        PanacheQuery<ReferenceInstitution> query = ReferenceInstitution.findAll(Sort.by("nameEn").and("id"));
        List<Row> rows = query.page(page, size).list().stream()
                .map(i -> new Row(i.id, i.nameZh, i.nameEn, i.country, i.city, i.kind, i.status, i.owner))
                .toList();
        return new Page(rows, query.count(), page, size);
    }
}
