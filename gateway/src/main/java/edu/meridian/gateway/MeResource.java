package edu.meridian.gateway;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;

/** Who is signed in, for the SPA: it never sees a token. */
@Path("/api/me")
@Authenticated
public class MeResource {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    MeResource(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** {@code name} is the name in Latin letters, {@code nameZh} the name in Chinese characters where the person has one. */
    public record Me(String username, String name, String nameZh, List<String> roles, String unit, String locale) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        String username = token.getClaim("preferred_username");
        return new Me(username != null ? username : identity.getPrincipal().getName(),
                token.getClaim("name"),
                token.getClaim("name_zh"),
                identity.getRoles().stream().sorted().toList(),
                token.getClaim("unit"),
                token.getClaim("locale"));
    }
}
