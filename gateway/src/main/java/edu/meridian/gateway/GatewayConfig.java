package edu.meridian.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's own settings ({@code gateway.*} in application.properties). */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The upstream service of each context: {@code /api/<context>/**} goes there unchanged. */
    Map<String, Upstream> routes();

    /** Bounds on every upstream call, so a slow service gives 504 instead of a hanging request. */
    Timeouts upstream();

    /**
     * The gateway is reached over HTTPS (behind the Ingress): session cookies get {@code Secure} and responses carry
     * HSTS. False only for local runs on plain http://localhost.
     */
    @WithDefault("true")
    boolean publicHttps();

    RateLimit rateLimit();

    /**
     * API path prefixes anyone may call without signing in (the admission letters' verification); each client address
     * has {@link RateLimit#publicCallsPerMinutePerAddress()} calls a minute there. Each also needs a {@code permit}
     * permission in application.properties, and the service decides what it answers.
     */
    @WithDefault("/api/admissions/verify/")
    List<String> publicApiPaths();

    Directory directory();

    /** The SPA's built files (index.html, assets/); without it the gateway serves the API only. */
    Optional<String> spaDir();

    /** The directory's reads of Keycloak (people and units). */
    interface Directory {
        /** To connect and for each answer; a slower Keycloak gives a 503 problem. */
        @WithDefault("5s")
        Duration timeout();
    }

    interface Upstream {
        /** e.g. http://localhost:8081 */
        String url();

        /**
         * The largest request body the service takes (its {@code quarkus.http.limits.max-body-size}): a larger one
         * gets a problem+json 413 here instead of reaching the service, which would cut the connection.
         */
        MemorySize maxBodySize();
    }

    interface Timeouts {
        @WithDefault("2s")
        Duration connectTimeout();

        /** No byte from the upstream for this long ends the call with 504. */
        @WithDefault("30s")
        Duration responseTimeout();
    }

    /** Sliding one-minute windows; signed-in users and anonymous callers have separate budgets. */
    interface RateLimit {
        /** State-changing requests per minute of one signed-in user (a session or a bearer token). */
        @WithDefault("120")
        int writesPerMinutePerUser();

        /**
         * State-changing requests per minute without credentials from one client address; counted before
         * authentication, and never against the budget of the users behind that address.
         */
        @WithDefault("60")
        int anonymousWritesPerMinutePerAddress();

        /** Calls per minute from one client address to the public API paths, with or without credentials. */
        @WithDefault("30")
        int publicCallsPerMinutePerAddress();

        /** Users and addresses remembered by each limiter; the least recently seen are forgotten first. */
        @WithDefault("100000")
        int keys();
    }
}
