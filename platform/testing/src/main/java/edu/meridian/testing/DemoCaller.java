package edu.meridian.testing;

import java.util.List;

/**
 * A user (or client service account) of the demo realm, as its access tokens describe it.
 * {@link #token()} signs a fresh token on every call, so no test holds a token that expires during a slow run.
 *
 * @param username    {@code preferred_username}
 * @param displayName {@code name} (first and last name); {@code null} for a service account, which has none
 * @param unit        {@code unit}, the home unit code; {@code null} when the user has none
 * @param locale      {@code locale}; {@code null} when the user has none
 * @param roles       {@code realm_access.roles}, as Keycloak lists them (with its own default roles)
 * @param client      the client the token is issued to ({@code azp})
 */
public record DemoCaller(String username, String displayName, String unit, String locale, List<String> roles,
        String client) {

    private static final String GATEWAY = "meridian-gateway";

    static DemoCaller user(String username, String displayName, String unit, String locale, String... roles) {
        return new DemoCaller(username, displayName, unit, locale, List.of(roles), GATEWAY);
    }

    static DemoCaller serviceAccount(String client, String... roles) {
        return new DemoCaller("service-account-" + client, null, null, null, List.of(roles), client);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isServiceAccount() {
        return !GATEWAY.equals(client);
    }

    /** A signed access token of this caller, signed now. */
    public String token() {
        return tokens().sign();
    }

    /** This caller's claims, to derive a variant from: {@code tokens().expired().sign()}. */
    public Tokens tokens() {
        Tokens tokens = Tokens.user(username).roles(roles.toArray(String[]::new)).unit(unit).name(displayName)
                .locale(locale);
        return isServiceAccount() ? tokens.serviceAccountOf(client) : tokens;
    }

    @Override
    public String toString() {
        return username;
    }
}
