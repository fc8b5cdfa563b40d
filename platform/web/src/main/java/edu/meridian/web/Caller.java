package edu.meridian.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** Who is calling, from the validated access token: user name, names, realm roles, home unit. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String username() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : identity.getPrincipal().getName();
    }

    /**
     * The token's {@code sub}: the person's stable id in the identity provider, which survives a change of user name;
     * records that belong to a person (an application) are theirs by this id.
     */
    public String subject() {
        String subject = token.getSubject();
        return subject != null ? subject : username();
    }

    /** The caller with their names as the token carries them (Latin {@code name}, Chinese {@code name_zh}). */
    public Actor actor() {
        return new Actor(username(), nonBlank(token.getClaim("name")), nonBlank(token.getClaim("name_zh")));
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The home unit code (a college or affiliated hospital), if the user has one. */
    public Optional<String> unit() {
        return Optional.ofNullable(token.<String>getClaim("unit")).filter(unit -> !unit.isBlank());
    }
}
