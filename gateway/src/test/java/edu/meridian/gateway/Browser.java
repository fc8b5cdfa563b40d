package edu.meridian.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A scripted browser: keeps cookies like a browser (per host), follows redirects only when asked, posts forms.
 * Enough to walk an OIDC authorization code flow through real login pages.
 */
final class Browser {

    private static final Pattern INPUT = Pattern.compile("<input[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*(['\"])(.*?)\\2", Pattern.DOTALL);

    /** host → cookie name → cookie; ports are ignored, as browsers do. */
    private final Map<String, Map<String, Jar>> cookies = new java.util.concurrent.ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    HttpResponse<String> get(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET()
                .header("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8");
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    HttpResponse<String> post(String url, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    HttpResponse<String> postForm(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post(url, "application/x-www-form-urlencoded", body, "Accept", "text/html");
    }

    /** Follows redirects (GET) until a non-3xx answer (at most ten hops). */
    HttpResponse<String> follow(HttpResponse<String> response) {
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            response = get(location(response));
        }
        return response;
    }

    static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("No Location in a " + response.statusCode() + " answer"));
        return response.uri().resolve(location).toString();
    }

    /** The value of a cookie the browser holds for the URL's host. */
    String cookie(String url, String name) {
        Jar cookie = cookies.getOrDefault(URI.create(url).getHost(), Map.of()).get(name);
        return cookie == null ? null : cookie.value();
    }

    private record Jar(String value, String path) {
    }

    private void remember(HttpResponse<String> response) {
        Map<String, Jar> jar = cookies.computeIfAbsent(response.uri().getHost(), h -> new java.util.concurrent.ConcurrentHashMap<>());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            String path = "/";
            boolean expired = value.isEmpty();
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].trim().toLowerCase();
                if (attribute.startsWith("path=")) {
                    path = parts[i].trim().substring(5);
                } else if (attribute.equals("max-age=0") || attribute.startsWith("max-age=-")
                        || attribute.startsWith("expires=thu, 01 jan 1970") || attribute.startsWith("expires=thu, 01-jan-1970")) {
                    expired = true;
                }
            }
            if (expired) {
                jar.remove(name);
            } else {
                jar.put(name, new Jar(value, path));
            }
        }
    }

    private String cookieHeader(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return cookies.getOrDefault(uri.getHost(), Map.of()).entrySet().stream()
                .filter(e -> path.startsWith(e.getValue().path()) || (path + "/").equals(e.getValue().path()))
                .map(e -> e.getKey() + "=" + e.getValue().value())
                .collect(Collectors.joining("; "));
    }

    /** The action and the input fields of the first form whose opening tag contains {@code marker}. */
    static Form form(String html, String marker) {
        int start = html.indexOf(marker);
        if (start < 0) {
            throw new AssertionError("No form with " + marker + " in:\n" + html);
        }
        int formStart = html.lastIndexOf("<form", start);
        int formEnd = html.indexOf("</form>", start);
        String form = html.substring(formStart, formEnd);
        String action = attributes(form.substring(0, form.indexOf('>') + 1)).get("action");
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher inputs = INPUT.matcher(form);
        while (inputs.find()) {
            Map<String, String> attrs = attributes(inputs.group());
            if (attrs.containsKey("name")) {
                fields.put(attrs.get("name"), attrs.getOrDefault("value", ""));
            }
        }
        return new Form(unescape(action), fields);
    }

    record Form(String action, Map<String, String> fields) {
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(tag);
        while (matcher.find()) {
            attributes.put(matcher.group(1).toLowerCase(), unescape(matcher.group(3)));
        }
        return attributes;
    }

    private static String unescape(String value) {
        return value == null ? null : value.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">");
    }

    private HttpResponse<String> send(HttpRequest request) {
        String cookieHeader = cookieHeader(request.uri());
        if (!cookieHeader.isEmpty()) {
            request = HttpRequest.newBuilder(request, (name, value) -> true).header("Cookie", cookieHeader).build();
        }
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            remember(response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
