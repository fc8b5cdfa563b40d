package edu.meridian.testing.archsample.bad.institution;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.util.UUID;

/** Wrong: deletes through the EntityManager itself. */
@Path("/api/sample/institutions")
public class InstitutionResource {

    private final EntityManager entityManager;

    InstitutionResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") UUID id) {
        entityManager.createQuery("delete from Institution where id = :id").setParameter("id", id).executeUpdate();
    }
}
