package edu.meridian.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Who is who, for staff screens: people by name for pickers and for showing names instead of user names, and the
 * university's units with their names in both languages. Only staff roles may look people up; students, applicants
 * and campus systems may not list anyone.
 */
@Path("/api/directory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"office-admin", "office-staff", "college-liaison", "leadership", "reviewer", "admissions-officer"})
public class DirectoryResource {

    private static final Logger LOG = Logger.getLogger(DirectoryResource.class);

    /** The roles whose members a picker offers; students and applicants are found only by user name. */
    static final List<String> LISTED_ROLES = List.of("office-admin", "office-staff", "college-liaison", "leadership",
            "reviewer", "admissions-officer", "faculty");
    static final int MOST_RESULTS = 50;
    static final int MOST_NAMES = 100;
    static final int LONGEST_QUERY = 100;

    private final KeycloakDirectory directory;

    DirectoryResource(KeycloakDirectory directory) {
        this.directory = directory;
    }

    public record People(List<Person> items) {
    }

    public record Units(List<Unit> items) {
    }

    /**
     * People holding {@code role} (any listed role when absent) whose user name or name contains {@code q}, or the
     * people named by {@code username} (repeatable; user names not found are left out).
     */
    @GET
    @Path("/people")
    public People people(@QueryParam("q") String q, @QueryParam("role") String role,
            @QueryParam("username") List<String> usernames, @QueryParam("limit") Integer limit) {
        if (usernames != null && !usernames.isEmpty()) {
            return new People(named(usernames));
        }
        int most = limit == null ? 20 : limit;
        if (most < 1 || most > MOST_RESULTS) {
            throw badRequest("limit", "size", "must be between 1 and " + MOST_RESULTS, Map.of("min", 1, "max", MOST_RESULTS));
        }
        if (q != null && q.length() > LONGEST_QUERY) {
            throw badRequest("q", "size", "must be at most " + LONGEST_QUERY + " characters", Map.of("max", LONGEST_QUERY));
        }
        if (role != null && !LISTED_ROLES.contains(role)) {
            throw badRequest("role", "one-of", "must be one of " + String.join(", ", LISTED_ROLES),
                    Map.of("allowed", LISTED_ROLES));
        }
        String query = Person.searchable(q);
        Map<String, Person> found = new TreeMap<>();
        for (String listed : role == null ? LISTED_ROLES : List.of(role)) {
            for (Person person : fromKeycloak(() -> directory.withRole(listed))) {
                if (query.isEmpty() || person.matches(query)) {
                    found.putIfAbsent(person.username(), person);
                }
            }
        }
        return new People(found.values().stream().limit(most).toList());
    }

    @GET
    @Path("/units")
    public Units units() {
        return new Units(fromKeycloak(directory::units));
    }

    private List<Person> named(List<String> usernames) {
        Set<String> distinct = new LinkedHashSet<>(usernames);
        if (distinct.size() > MOST_NAMES) {
            throw badRequest("username", "size", "at most " + MOST_NAMES + " user names at once", Map.of("max", MOST_NAMES));
        }
        List<Person> people = new ArrayList<>();
        for (String username : distinct) {
            if (username.isBlank() || username.length() > 255) {
                throw badRequest("username", "size", "must be 1 to 255 characters", Map.of("min", 1, "max", 255));
            }
            fromKeycloak(() -> directory.named(username)).ifPresent(people::add);
        }
        return people;
    }

    private static <T> T fromKeycloak(Supplier<T> read) {
        try {
            return read.get();
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("The directory could not read Keycloak: %s", e.toString());
            throw new WebApplicationException(Problems.response(503, "unavailable", "Directory unavailable",
                    "The directory cannot reach Keycloak at the moment; try again shortly", null));
        }
    }

    private static WebApplicationException badRequest(String field, String code, String message, Map<String, Object> params) {
        JsonArray errors = new JsonArray().add(new JsonObject().put("field", field).put("code", code)
                .put("message", message).put("params", new JsonObject(params)));
        return new WebApplicationException(Problems.response(400, "validation", "Invalid request",
                "The request has invalid fields", errors));
    }
}
