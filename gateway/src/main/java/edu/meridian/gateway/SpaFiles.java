package edu.meridian.gateway;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SPA's built files: a file that exists is sent; a client-side route (a path without a file extension) gets
 * index.html. Hashed assets are cached for a year as immutable; index.html and other files are revalidated.
 */
final class SpaFiles {

    private static final Pattern HASHED = Pattern.compile(".*[-.][A-Za-z0-9_-]{8,}\\.(js|mjs|css|woff2?|ttf|svg|png|jpe?g|webp|gif|ico|map)$");
    private static final Pattern RESERVED = Pattern.compile("^/(api|auth|q|openapi)(/.*)?$");

    private final Optional<Path> root;

    SpaFiles(Optional<String> dir) {
        this.root = dir.map(d -> Path.of(d).toAbsolutePath().normalize());
    }

    void install(Router router) {
        if (root.isEmpty()) {
            return;
        }
        router.route().order(RouteConstants.ROUTE_ORDER_AFTER_DEFAULT + 100).handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        String path = rc.normalizedPath();
        if ((method != HttpMethod.GET && method != HttpMethod.HEAD) || RESERVED.matcher(path).matches()) {
            rc.next();
            return;
        }
        Path base = root.get();
        Path file = base.resolve(path.substring(1)).normalize();
        if (!file.startsWith(base)) {
            rc.next();
            return;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (last.contains(".")) {
                rc.next(); // a missing asset is a 404, not the app
                return;
            }
            file = base.resolve("index.html");
            if (!Files.isRegularFile(file)) {
                rc.next();
                return;
            }
        }
        boolean immutable = HASHED.matcher(file.getFileName().toString()).matches();
        rc.response().putHeader(HttpHeaders.CACHE_CONTROL,
                immutable ? "public, max-age=31536000, immutable" : "no-cache");
        rc.response().sendFile(file.toString());
    }
}
