package edu.meridian.gateway;

import io.quarkus.cache.CacheResult;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * People and units read from the realm the gateway signs users in with, cached briefly (see the
 * {@code quarkus.cache.caffeine.directory-*} settings): a picker typing letter by letter asks Keycloak once a minute
 * at most. Disabled accounts are left out.
 */
@ApplicationScoped
public class KeycloakDirectory {

    /** Users read per call to Keycloak. */
    static final int PAGE = 500;
    /** A role with more members than this is cut here: no unbounded list is held in memory. */
    static final int MOST_PEOPLE_PER_ROLE = 20_000;
    static final String UNITS_GROUP = "units";

    private final KeycloakAdmin admin;
    private final String realm;

    KeycloakDirectory(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl,
            GatewayConfig config) {
        Duration timeout = config.directory().timeout();
        int realms = realmUrl.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalStateException("quarkus.oidc.auth-server-url is not a Keycloak realm URL: " + realmUrl);
        }
        this.realm = realmUrl.substring(realms + "/realms/".length()).replaceAll("/+$", "");
        this.admin = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(realmUrl.substring(0, realms)))
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build(KeycloakAdmin.class);
    }

    @CacheResult(cacheName = "directory-people")
    public List<Person> withRole(String role) {
        List<Person> people = new ArrayList<>();
        for (int first = 0; first < MOST_PEOPLE_PER_ROLE; first += PAGE) {
            List<KeycloakAdmin.User> page = admin.usersWithRole(realm, role, first, PAGE, false);
            page.stream().filter(KeycloakDirectory::enabled).map(Person::of).forEach(people::add);
            if (page.size() < PAGE) {
                break;
            }
        }
        people.sort(Comparator.comparing(Person::username));
        return List.copyOf(people);
    }

    @CacheResult(cacheName = "directory-person")
    public Optional<Person> named(String username) {
        return admin.usersNamed(realm, username, true, false).stream()
                .filter(user -> username.equals(user.username()) && enabled(user))
                .findFirst().map(Person::of);
    }

    @CacheResult(cacheName = "directory-units")
    public List<Unit> units() {
        Optional<KeycloakAdmin.Group> parent = admin.groupsNamed(realm, UNITS_GROUP, true, true).stream()
                .filter(group -> UNITS_GROUP.equals(group.name())).findFirst();
        if (parent.isEmpty()) {
            return List.of();
        }
        return admin.children(realm, parent.get().id(), 0, 1000, false).stream()
                .map(Unit::of).sorted(Comparator.comparing(Unit::code)).toList();
    }

    private static boolean enabled(KeycloakAdmin.User user) {
        return !Boolean.FALSE.equals(user.enabled());
    }
}
