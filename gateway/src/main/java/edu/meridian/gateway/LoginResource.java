package edu.meridian.gateway;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * {@code /auth/login?redirect=/some/page}: quarkus-oidc runs the code flow for this protected path and comes back
 * here with the session; this sends the browser on to the page it came from. {@link FrontDoor} has already refused
 * anything but a path of this site (an open redirect would let a phishing link borrow our login).
 */
@Path("/auth/login")
@Authenticated
public class LoginResource {

    @GET
    public Response login(@QueryParam("redirect") String redirect) {
        String target = redirect != null && FrontDoor.isLocalPath(redirect) ? redirect : "/";
        return Response.status(Response.Status.FOUND).header("Location", target).build();
    }
}
