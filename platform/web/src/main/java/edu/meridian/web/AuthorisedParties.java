package edu.meridian.web;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwt.consumer.Validator;

import java.util.Set;

/**
 * Accepts only tokens issued to a listed client (the {@code azp} claim), so that a client added to the realm later
 * gets no access by default (every service: the SPA's gateway and campus systems unless
 * {@code meridian.token.authorised-parties} says otherwise). quarkus-oidc runs this with its own checks; a refusal is a 401 like any bad token.
 * ({@code quarkus.oidc.token.required-claims} cannot say "one of": a string claim must equal its single value.)
 */
@ApplicationScoped
@Unremovable
public class AuthorisedParties implements Validator {

    private final Set<String> parties;

    AuthorisedParties(@ConfigProperty(name = "meridian.token.authorised-parties",
            defaultValue = "meridian-gateway,meridian-campus") Set<String> parties) {
        this.parties = Set.copyOf(parties);
    }

    @Override
    public String validate(JwtContext context) throws MalformedClaimException {
        String azp = context.getJwtClaims().getClaimValueAsString("azp");
        return azp != null && parties.contains(azp) ? null : "The token was issued to a client that may not call this service: " + azp;
    }
}
