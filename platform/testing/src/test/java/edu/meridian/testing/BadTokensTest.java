package edu.meridian.testing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class BadTokensTest {

    private static final Map<String, List<String>> EVERYONE = Map.of();

    @Test
    void aServiceThatChecksEveryTokenPasses() {
        try (StubService stub = StubService.things(AuthorizationMatrixTest.secured(EVERYONE))) {
            Outcomes outcomes = Outcomes.of(BadTokens.of(Callers.WANG_FANG).tests());

            assertThat(outcomes.failed()).isEmpty();
            assertThat(outcomes.names()).hasSize(8 * (11 + 1)).contains(
                    "DELETE /api/things/{id} with an ID token → 401",
                    "POST /api/things/{id}/documents with alg none → 401",
                    "GET /api/things/{id} with an unlisted client → 401",
                    "GET /api/things with wang.fang's real token is not refused");
        }
    }

    @Test
    void onAPublicOperationABadTokenMayAnswerAsNoTokenButNeverMore() {
        Function<StubService.Request, StubService.Reply> secured = AuthorizationMatrixTest.secured(EVERYONE);
        Function<StubService.Request, StubService.Reply> publicThing = request -> request.method().equals("GET")
                && request.path().matches("/api/things/[^/]+") ? StubService.Reply.problem(404) : secured.apply(request);
        try (StubService stub = StubService.things(publicThing)) {
            Outcomes outcomes = Outcomes.of(BadTokens.of(Callers.WANG_FANG).open("GET /api/things/{id}").tests());
            assertThat(outcomes.failed()).isEmpty();
            assertThat(outcomes.names()).contains("GET /api/things/{id} with alg none answers as without a token");
        }
        try (StubService stub = StubService.things(request -> request.method().equals("GET")
                && request.path().matches("/api/things/[^/]+") && request.authorization() != null
                ? StubService.Reply.json(200) : publicThing.apply(request))) {
            assertThat(Outcomes.of(BadTokens.of(Callers.WANG_FANG).open("GET /api/things/{id}").tests()).failed())
                    .contains("GET /api/things/{id} with alg none answers as without a token");
        }
    }

    @Test
    void aServiceThatTrustsTheTokensPayloadFailsEveryVariantThatHasOne() {
        try (StubService stub = StubService.things(request -> {
            String authorization = request.authorization();
            boolean looksLikeAJwt = authorization != null && authorization.split("\\.").length >= 2;
            return StubService.Reply.problem(looksLikeAJwt ? 404 : 401);
        })) {
            List<String> failed = Outcomes.of(BadTokens.of(Callers.WANG_FANG).tests()).failed();

            assertThat(failed).hasSize(8 * 9)
                    .contains("GET /api/things with a wrong issuer → 401", "PUT /api/things/{id} with a tampered payload → 401")
                    .noneMatch(name -> name.contains("garbage") || name.contains("an empty token") || name.contains("real token"));
        }
    }

    @Test
    void aServiceThatRefusesEveryTokenFailsTheRealTokenCheck() {
        try (StubService stub = StubService.things(request -> StubService.Reply.problem(401))) {
            assertThat(Outcomes.of(BadTokens.of(Callers.WANG_FANG).tests()).failed()).hasSize(8)
                    .allMatch(name -> name.endsWith("wang.fang's real token is not refused"));
        }
    }

    @Test
    void eachVariantIsRefusedByTheChecksTheServicesMakeForItsOwnReason() {
        Map<String, java.util.function.Supplier<String>> variants = BadTokens.of(Callers.LI_NA).variants();
        assertThat(variants.keySet()).containsExactly("a wrong issuer", "a wrong audience", "an ID token", "an expired token",
                "alg none", "a foreign signature", "a tampered payload", "an unlisted client", "no authorised party",
                "garbage", "an empty token");
        assertThat(payload(variants.get("a tampered payload").get())).contains("\"roles\":[\"office-admin\"]", "\"li.na\"");
        assertThat(payload(variants.get("an ID token").get())).contains("\"typ\":\"ID\"");
        assertThat(variants.get("alg none").get()).endsWith(".");
        assertThat(payload(variants.get("an unlisted client").get())).contains("\"azp\":\"meridian-reports\"");
        assertThat(payload(variants.get("no authorised party").get())).doesNotContain("\"azp\"");
    }

    private static String payload(String token) {
        return new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
    }
}
