package edu.meridian.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The gateway's public API as one demo user, with an access token from Keycloak's public {@code meridian-cli}
 * client (password grant), renewed when it runs out. Retries what a busy suite answers (429, 502, 503).
 */
final class GatewayClient {

    /** The API answered, but not with the status expected. */
    static final class Refused extends IllegalStateException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /** A JSON answer with the record's {@code ETag} (for {@code If-Match}), if it has one. */
    record Response(JsonNode body, String etag) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** For {@link #send}: any 2xx answer is the expected one. */
    private static final int ANY_SUCCESS = 0;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String tokenEndpoint;
    private final String username;
    private final String password;
    private String token;

    GatewayClient(String gateway, String realmUrl, String username, String password) {
        this.gateway = gateway;
        this.tokenEndpoint = realmUrl + "/protocol/openid-connect/token";
        this.username = username;
        this.password = password;
    }

    Response get(String path) {
        return send("GET", path, null, null, 200);
    }

    Response create(String path, JsonNode body) {
        return send("POST", path, Body.json(body), null, 201);
    }

    /** {@code POST <path>} of a multipart form: the text fields, then the file as part {@code file}. */
    Response upload(String path, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "meridian-demo-" + UUID.randomUUID();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        fields.forEach((name, value) -> form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(content);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", path, new Body("multipart/form-data; boundary=" + boundary, form.toByteArray()), null, 201);
    }

    /** {@code POST <path>/{id}/transitions} with the record's ETag. */
    Response transition(String recordPath, JsonNode request, String etag) {
        return send("POST", recordPath + "/transitions", Body.json(request), etag, 200);
    }

    /** {@code <method> <path>} (a record's sub-resource) with the record's ETag, answered 200. */
    /** Any success: a POST that creates something (a run of an allocation) answers 201, one that finds it again 200. */
    Response update(String method, String path, JsonNode body, String etag) {
        return send(method, path, Body.json(body), etag, ANY_SUCCESS);
    }

    private void login() {
        String form = "grant_type=password&client_id=meridian-cli&scope=openid"
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused the demo login of " + username + ": " + response.body());
            }
            token = JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak's token endpoint did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A request body and its media type. */
    private record Body(String mediaType, byte[] bytes) {

        static Body json(JsonNode json) {
            return new Body("application/json", json.toString().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return mediaType.startsWith("application/json") ? new String(bytes, StandardCharsets.UTF_8)
                    : mediaType + ", " + bytes.length + " bytes";
        }
    }

    private Response send(String method, String path, Body body, String ifMatch, int expected) {
        if (token == null) {
            login();
        }
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .header("Accept-Language", "en");
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            if (body != null) {
                request.header("Content-Type", body.mediaType())
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == expected || expected == ANY_SUCCESS && status / 100 == 2) {
                    JsonNode json = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
                    return new Response(json, response.headers().firstValue("ETag").orElse(null));
                }
                if (status == 401 && attempt < 3) {
                    login(); // the 5-minute access token ran out
                    continue;
                }
                if ((status == 429 || status == 502 || status == 503) && attempt < 10) {
                    long wait = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(2L);
                    Thread.sleep(Math.min(wait, 60) * 1000);
                    continue;
                }
                throw new Refused(status, method + " " + path + " answered " + status + " (expected " + expected
                        + "): " + response.body() + (body == null ? "" : "\nrequest: " + body));
            } catch (IOException e) {
                if (attempt < 3) {
                    continue;
                }
                throw new UncheckedIOException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
