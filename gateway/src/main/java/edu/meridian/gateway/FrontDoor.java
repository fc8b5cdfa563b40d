package edu.meridian.gateway;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Everything the gateway does on the Vert.x router: the checks before authentication (security headers, request
 * id; refusing paths that could lead elsewhere than they say, bodies larger than the services take, foreign login redirects and anonymous
 * writes over their rate limit; 401 for API calls without credentials), the checks after it (CSRF, the rate limit
 * per user) and the routes to the services, which relay the caller's access token and never the browser's cookies.
 */
@ApplicationScoped
public class FrontDoor {

    private static final Logger LOG = Logger.getLogger(FrontDoor.class);

    /** Before Quarkus' authentication (order -200) and authorization (-100) filters. */
    static final int BEFORE_AUTHENTICATION = -1000;
    /** After them: the caller is known. */
    static final int AFTER_AUTHORIZATION = -50;

    static final String REQUEST_ID = "X-Request-Id";
    static final String SPA_HEADER = "X-Requested-With";
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /**
     * Request paths that could mean another path to a service or to the file system than to the router: a segment
     * that starts with a dot (., .., ..;, hidden files), an empty segment (//), a backslash, a control character,
     * and encoded dots, slashes, backslashes, percent signs (double encoding) and NUL. No Meridian path has them.
     */
    private static final Pattern UNSAFE_PATH = Pattern.compile("(?i).*(/\\.|//|\\\\|%2e|%2f|%5c|%25|%00|[\\x00-\\x1f\\x7f]).*");
    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI's page needs its inline bootstrap script. */
    private static final String CSP_DOCS = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

    private final GatewayConfig config;
    private final RateLimiter perUser;
    private final RateLimiter anonymousPerAddress;
    private final RateLimiter publicPerAddress;

    private final long maxBodyBytes;

    FrontDoor(GatewayConfig config, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.config = config;
        this.maxBodyBytes = maxBody.asLongValue();
        this.perUser = new RateLimiter(config.rateLimit().writesPerMinutePerUser(), config.rateLimit().keys());
        this.anonymousPerAddress = new RateLimiter(config.rateLimit().anonymousWritesPerMinutePerAddress(),
                config.rateLimit().keys());
        this.publicPerAddress = new RateLimiter(config.rateLimit().publicCallsPerMinutePerAddress(),
                config.rateLimit().keys());
    }

    void install(@Observes Router router, Vertx vertx) {
        router.route().order(BEFORE_AUTHENTICATION).handler(this::beforeAuthentication);
        router.route().order(AFTER_AUTHORIZATION).handler(this::afterAuthorization);

        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(100)
                .setConnectTimeout((int) config.upstream().connectTimeout().toMillis()));
        config.routes().forEach((context, upstream) -> {
            URI origin = URI.create(upstream.url());
            router.route("/api/" + context + "/*").handler(this::relay).handler(ProxyHandler.create(proxy(client, origin)));
            // The service's live OpenAPI document, for the documentation page (public, like the committed openapi.yaml).
            router.get("/openapi/" + context).handler(rc -> {
                rc.request().headers().remove(HttpHeaders.COOKIE).remove(HttpHeaders.AUTHORIZATION);
                rc.next();
            }).handler(ProxyHandler.create(proxy(client, origin)
                    .addInterceptor(rewrite("/q/openapi?format=json"))));
        });
        new SpaFiles(config.spaDir()).install(router);
    }

    private HttpProxy proxy(HttpClient client, URI origin) {
        int port = origin.getPort() > 0 ? origin.getPort() : ("https".equals(origin.getScheme()) ? 443 : 80);
        return HttpProxy.reverseProxy(client)
                .originRequestProvider((request, http) -> http.request(new RequestOptions()
                        .setHost(origin.getHost())
                        .setPort(port)
                        .setSsl("https".equals(origin.getScheme()))
                        .setConnectTimeout(config.upstream().connectTimeout().toMillis())
                        .setIdleTimeout(config.upstream().responseTimeout().toMillis())))
                .addInterceptor(new UpstreamFailures());
    }

    private static ProxyInterceptor rewrite(String uri) {
        return new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                context.request().setURI(uri);
                return context.sendRequest();
            }
        };
    }

    /**
     * A service that is down gives 502, a slow one 504, both as problem+json; services never set cookies here. A 504
     * to a change does not say it failed: the service may still commit it (a long import), so the caller is told to
     * look before sending it again.
     */
    static final class UpstreamFailures implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().recover(failure -> {
                boolean slow = failure instanceof TimeoutException
                        || (failure.getMessage() != null && failure.getMessage().contains("timeout period"));
                int status = slow ? 504 : 502;
                LOG.warnf("Upstream %s failed for %s %s: %s", status, context.request().getMethod(),
                        context.request().getURI(), failure.toString());
                return Future.succeededFuture(context.request().response()
                        .setStatusCode(status)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problems.CONTENT_TYPE)
                        .setBody(Body.body(slow
                                ? Problems.body(504, "upstream-timeout", "The service did not answer in time",
                                        SAFE_METHODS.contains(context.request().getMethod())
                                                ? "The service behind this path is too slow right now; try again shortly."
                                                : "The service did not answer in time, so the change may or may not "
                                                        + "have been made; look at the record before sending it again.")
                                : Problems.body(502, "upstream-unavailable", "The service is not reachable",
                                        "The service behind this path is down or restarting; try again shortly."))));
            });
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            context.response().headers().remove(HttpHeaders.SET_COOKIE);
            return context.sendResponse();
        }
    }

    /** Request id, security headers, early refusals that need no identity. */
    void beforeAuthentication(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String requestId = request.getHeader(REQUEST_ID);
        if (requestId == null || !SAFE_REQUEST_ID.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
            request.headers().set(REQUEST_ID, requestId);
        }
        String id = requestId;
        String path = rc.normalizedPath();
        rc.response().headersEndHandler(ignored -> securityHeaders(rc, path, id));

        if (request.path() == null || UNSAFE_PATH.matcher(request.path()).matches()) {
            Problems.send(rc, 400, "invalid-path", "The path is not valid",
                    "A path may not contain dot segments, empty segments, backslashes or encoded dots and slashes.");
            return;
        }
        long limit = bodyLimit(path);
        if (declaredLength(request) > limit) {
            refuseTooLarge(rc, limit);
            return;
        }
        if (path.equals("/auth/login")) {
            String redirect = request.getParam("redirect");
            if (redirect != null && !isLocalPath(redirect)) {
                Problems.send(rc, 400, "invalid-redirect", "The redirect must be a path of this site",
                        "Only a relative path such as /partners/institutions may follow the login.");
                return;
            }
        }
        if (path.equals("/auth/logout") && !hasSession(request)) {
            rc.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, "/").end();
            return;
        }
        if (isPublicApi(path)) {
            // Anyone may ask, no identity needed; guessing codes is bounded per address instead.
            if (!tooMany(rc, publicPerAddress, address(request), "Too many requests",
                    "Too many requests to a public page in a short time; try again in %d s.")) {
                rc.next();
            }
            return;
        }
        boolean anonymous = request.getHeader(HttpHeaders.AUTHORIZATION) == null && !hasSession(request);
        // Refused before any token work, and on a budget of its own: a flood cannot starve signed-in users.
        if (anonymous && !SAFE_METHODS.contains(request.method()) && tooManyChanges(rc, anonymousPerAddress, address(request))) {
            return;
        }
        if (path.startsWith("/api/") && anonymous && request.getHeader(SPA_HEADER) == null && !acceptsHtml(request)) {
            // An API client without credentials: a plain 401, not a redirect to the login page.
            rc.response().putHeader("WWW-Authenticate", "Bearer");
            Problems.send(rc, 401, "unauthenticated", "Authentication required",
                    "Send an access token (Authorization: Bearer) or sign in through /auth/login.");
            return;
        }
        rc.next();
    }

    /**
     * CSRF for cookie sessions; writes of a signed-in user count against that user only. Writes that came with
     * credentials which did not make a user were not counted as anonymous before authentication: they are now.
     */
    void afterAuthorization(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (SAFE_METHODS.contains(request.method())) {
            rc.next();
            return;
        }
        boolean bearer = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        if (!bearer && hasSession(request) && !"JavaScript".equals(request.getHeader(SPA_HEADER))) {
            Problems.send(rc, 403, "csrf", "Missing X-Requested-With header",
                    "A change made with the session cookie must come from the Meridian web app (X-Requested-With: JavaScript).");
            return;
        }
        String user = user(rc);
        if (user != null) {
            if (tooManyChanges(rc, perUser, user)) {
                return;
            }
        } else if ((bearer || hasSession(request)) && tooManyChanges(rc, anonymousPerAddress, address(request))) {
            return;
        }
        rc.next();
    }

    /** The limit of the service a path leads to; the gateway's own for its other paths. */
    private long bodyLimit(String path) {
        if (path != null && path.startsWith("/api/")) {
            int end = path.indexOf('/', "/api/".length());
            GatewayConfig.Upstream upstream = config.routes().get(path.substring("/api/".length(), end < 0 ? path.length() : end));
            if (upstream != null) {
                return Math.min(upstream.maxBodySize().asLongValue(), maxBodyBytes);
            }
        }
        return maxBodyBytes;
    }

    private static long declaredLength(HttpServerRequest request) {
        try {
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1; // Vert.x itself refuses a malformed Content-Length
        }
    }

    /**
     * A body larger than the services take: a problem+json 413. It is sent once the client has sent its body (which
     * is discarded), because a client that writes the whole body before it reads would otherwise see its connection
     * reset (Quarkus' own check answers at once and closes).
     */
    private static void refuseTooLarge(RoutingContext rc, long limit) {
        HttpServerRequest request = rc.request();
        Runnable refuse = () -> Problems.send(rc, 413, "too-large", "The request body is too large",
                "A request body may have at most " + limit / (1024 * 1024) + " MB.");
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            // The client waits for our word before it sends the body: it will not send it.
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            refuse.run();
            return;
        }
        request.handler(ignored -> {
        });
        request.endHandler(ignored -> refuse.run());
        request.resume();
    }

    /** Counts the request; when over the limit, answers 429 with Retry-After. */
    private static boolean tooManyChanges(RoutingContext rc, RateLimiter limiter, String key) {
        return tooMany(rc, limiter, key, "Too many changes", "Too many changes in a short time; try again in %d s.");
    }

    /** A 429 problem with Retry-After once the key is over its limit; {@code detail} takes the seconds to wait. */
    private static boolean tooMany(RoutingContext rc, RateLimiter limiter, String key, String title, String detail) {
        long wait = limiter.acquire(key, System.currentTimeMillis());
        if (wait == 0) {
            return false;
        }
        rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
        Problems.send(rc, 429, "rate-limited", title, detail.formatted(wait));
        return true;
    }

    private boolean isPublicApi(String path) {
        return path != null && config.publicApiPaths().stream().anyMatch(path::startsWith);
    }

    private static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress();
    }

    /** Before a route to a service: the caller's access token, never the browser's cookies; forwarding headers. */
    void relay(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        var headers = request.headers();
        headers.remove(HttpHeaders.COOKIE);
        headers.remove("Forwarded");
        headers.remove("X-Forwarded-For").remove("X-Forwarded-Proto").remove("X-Forwarded-Host")
                .remove("X-Forwarded-Port").remove("X-Forwarded-Prefix");
        if (rc.user() instanceof QuarkusHttpUser user) {
            AccessTokenCredential token = user.getSecurityIdentity().getCredential(AccessTokenCredential.class);
            if (token != null) {
                headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
            }
        }
        if (request.remoteAddress() != null) {
            headers.set("X-Forwarded-For", request.remoteAddress().hostAddress());
        }
        headers.set("X-Forwarded-Proto", request.scheme());
        if (request.authority() != null) {
            headers.set("X-Forwarded-Host", request.authority().host());
            headers.set("X-Forwarded-Port", Integer.toString(request.authority().port() > 0
                    ? request.authority().port() : ("https".equals(request.scheme()) ? 443 : 80)));
        }
        rc.next();
    }

    private void securityHeaders(RoutingContext rc, String path, String requestId) {
        var headers = rc.response().headers();
        headers.set(REQUEST_ID, requestId);
        headers.set("Content-Security-Policy", path.startsWith("/q/swagger-ui") ? CSP_DOCS : CSP);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (config.publicHttps()) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    private static String user(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            return user.getSecurityIdentity().getPrincipal().getName();
        }
        return null;
    }

    static boolean hasSession(HttpServerRequest request) {
        for (Cookie cookie : request.cookies()) {
            if (cookie.getName().startsWith("q_session")) {
                return true;
            }
        }
        return false;
    }

    private static boolean acceptsHtml(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    /** A path of this site: starts with one slash, no scheme, no authority, no backslash or control characters. */
    static boolean isLocalPath(String redirect) {
        if (redirect.isEmpty() || redirect.length() > 2000 || redirect.charAt(0) != '/' || redirect.startsWith("//")
                || redirect.contains("\\") || redirect.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        try {
            URI uri = new URI(redirect);
            return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawPath() != null
                    && uri.getRawPath().startsWith("/");
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
