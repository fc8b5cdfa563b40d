package edu.meridian.testing;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import java.util.HashMap;
import java.util.Map;

/**
 * The WireMock OIDC server (discovery and JWKS) that services verify tokens against in tests.
 * Tokens themselves are signed in the test by {@link Tokens}, with the claims Keycloak issues.
 */
public class OidcResource extends OidcWiremockTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.oidc.auth-server-url", config.get("keycloak.url") + "/realms/quarkus/");
        config.put("quarkus.oidc.token.issuer", Tokens.ISSUER);
        return config;
    }
}
