package edu.meridian.gateway;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * A bearer token passes the gateway only if it is meant for the services: an access token ({@code typ=Bearer}, so
 * not an ID token) for the audience {@code meridian-api}, issued to a listed client ({@code azp}). A refused token
 * is a 401 here and never reaches a service. Code-flow sessions are the gateway's own and not checked again.
 */
@ApplicationScoped
class BearerTokens implements SecurityIdentityAugmentor {

    static final String AUDIENCE = "meridian-api";

    private final Set<String> authorisedParties;

    BearerTokens(@ConfigProperty(name = "meridian.token.authorised-parties") Set<String> authorisedParties) {
        this.authorisedParties = Set.copyOf(authorisedParties);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) != null
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String refusal = refusal(token);
        return refusal == null
                ? Uni.createFrom().item(identity)
                : Uni.createFrom().failure(new AuthenticationFailedException(refusal));
    }

    private String refusal(JsonWebToken token) {
        if (!"Bearer".equals(token.getClaim("typ"))) {
            return "not an access token (typ " + token.getClaim("typ") + ")";
        }
        if (token.getAudience() == null || !token.getAudience().contains(AUDIENCE)) {
            return "not meant for " + AUDIENCE + " (aud " + token.getAudience() + ")";
        }
        String azp = token.getClaim("azp");
        if (azp == null || !authorisedParties.contains(azp)) {
            return "issued to a client that may not call Meridian (azp " + azp + ")";
        }
        return null;
    }
}
