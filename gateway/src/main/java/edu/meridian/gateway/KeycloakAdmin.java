package edu.meridian.gateway;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.util.List;
import java.util.Map;

/**
 * The part of Keycloak's admin API the directory reads, as the service account of {@code meridian-directory}
 * (realm-management {@code view-users} and {@code view-realm}, which Keycloak asks for to list a role's members:
 * it can read, and change nothing).
 */
@Path("/admin/realms/{realm}")
@OidcClientFilter("directory")
public interface KeycloakAdmin {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String username, String firstName, String lastName, Boolean enabled,
            Map<String, List<String>> attributes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Group(String id, String name, Map<String, List<String>> attributes) {
    }

    @GET
    @Path("/roles/{role}/users")
    List<User> usersWithRole(@PathParam("realm") String realm, @PathParam("role") String role,
            @QueryParam("first") int first, @QueryParam("max") int max,
            @QueryParam("briefRepresentation") boolean briefRepresentation);

    @GET
    @Path("/users")
    List<User> usersNamed(@PathParam("realm") String realm, @QueryParam("username") String username,
            @QueryParam("exact") boolean exact, @QueryParam("briefRepresentation") boolean briefRepresentation);

    @GET
    @Path("/groups")
    List<Group> groupsNamed(@PathParam("realm") String realm, @QueryParam("search") String name,
            @QueryParam("exact") boolean exact, @QueryParam("briefRepresentation") boolean briefRepresentation);

    @GET
    @Path("/groups/{id}/children")
    List<Group> children(@PathParam("realm") String realm, @PathParam("id") String id,
            @QueryParam("first") int first, @QueryParam("max") int max,
            @QueryParam("briefRepresentation") boolean briefRepresentation);
}
