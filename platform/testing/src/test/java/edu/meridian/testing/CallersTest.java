package edu.meridian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo callers are the demo realm's users, and their tokens carry the claims Keycloak puts in. */
class CallersTest {

    private static final Set<String> KEYCLOAK_ROLES = Set.of("offline_access", "uma_authorization", "default-roles-meridian");

    private static final JsonNode REALM = realm();
    private static final String DIRECTORY = "meridian-directory";

    @Test
    void everyUserOfTheRealmIsADemoCallerWithTheSameNameUnitLocaleAndRoles() {
        List<String> usernames = new ArrayList<>();
        for (JsonNode user : REALM.path("users")) {
            String username = user.path("username").asText();
            if (DIRECTORY.equals(user.path("serviceAccountClientId").asText())) {
                continue; // the gateway's directory reads Keycloak only; its tokens open no service (RealmFilesTest)
            }
            usernames.add(username);
            DemoCaller caller = Callers.named(username);
            assertThat(caller.displayName()).as(username).isEqualTo(displayName(user));
            assertThat(caller.unit()).as(username).isEqualTo(text(user.at("/attributes/unit/0")));
            assertThat(caller.locale()).as(username).isEqualTo(text(user.at("/attributes/locale/0")));
            assertThat(caller.roles()).as(username).containsExactlyInAnyOrderElementsOf(effectiveRoles(user));
            assertThat(caller.client()).as(username)
                    .isEqualTo(user.has("serviceAccountClientId") ? user.path("serviceAccountClientId").asText() : "meridian-gateway");
        }
        assertThat(Callers.all()).extracting(DemoCaller::username).containsExactlyInAnyOrderElementsOf(usernames);
    }

    @Test
    void rolesAreTheRealmRolesWithoutKeycloaksOwnAndEachHasADemoCaller() {
        List<String> realmRoles = new ArrayList<>();
        REALM.at("/roles/realm").forEach(role -> realmRoles.add(role.path("name").asText()));
        realmRoles.removeAll(KEYCLOAK_ROLES);
        assertThat(Callers.ROLES).containsExactlyElementsOf(realmRoles);
        Callers.ROLES.forEach(role -> assertThat(Callers.withRole(role).roles()).contains(role));
    }

    @Test
    void aUsersTokenCarriesTheClaimsKeycloakIssuesAndIsSignedWhenAskedFor() {
        JsonNode claims = payload(Callers.LI_NA.token());
        assertThat(claims.path("iss").asText()).isEqualTo(Tokens.ISSUER);
        assertThat(claims.path("aud").toString()).contains("meridian-api");
        assertThat(claims.path("typ").asText()).isEqualTo("Bearer");
        assertThat(claims.path("azp").asText()).isEqualTo("meridian-gateway");
        assertThat(claims.path("preferred_username").asText()).isEqualTo("li.na");
        assertThat(claims.path("name").asText()).isEqualTo("Na Li");
        assertThat(claims.path("unit").asText()).isEqualTo("nursing");
        assertThat(claims.path("locale").asText()).isEqualTo("zh-CN");
        assertThat(claims.at("/realm_access/roles").toString()).contains("\"college-liaison\"");
        assertThat(claims.has("client_id")).isFalse();
        assertThat(claims.path("exp").asLong()).isGreaterThan(Instant.now().plusSeconds(240).getEpochSecond());
    }

    @Test
    void theCampusSystemsTokenIsOneOfItsServiceAccountWithoutPersonalClaims() {
        JsonNode claims = payload(Callers.CAMPUS_SYSTEM.token());
        assertThat(claims.path("azp").asText()).isEqualTo("meridian-campus");
        assertThat(claims.path("client_id").asText()).isEqualTo("meridian-campus");
        assertThat(claims.path("preferred_username").asText()).isEqualTo("service-account-meridian-campus");
        assertThat(claims.at("/realm_access/roles").toString()).isEqualTo("[\"campus-system\"]");
        assertThat(claims.has("name")).isFalse();
        assertThat(claims.has("unit")).isFalse();
        assertThat(claims.has("locale")).isFalse();
    }

    @Test
    void aVariantKeepsTheCallersClaims() {
        JsonNode claims = payload(Callers.MARIA_SILVA.tokens().audience("account").sign());
        assertThat(claims.path("aud").toString()).contains("account").doesNotContain("meridian-api");
        assertThat(claims.path("preferred_username").asText()).isEqualTo("maria.silva");
        assertThat(claims.path("locale").asText()).isEqualTo("en");
        assertThat(claims.has("unit")).isFalse();
    }

    private static Set<String> effectiveRoles(JsonNode user) {
        Set<String> roles = new LinkedHashSet<>();
        user.path("realmRoles").forEach(role -> addWithComposites(role.asText(), roles));
        return roles;
    }

    private static void addWithComposites(String role, Set<String> roles) {
        if (roles.add(role)) {
            JsonNode definition = REALM.at("/roles/realm");
            for (JsonNode candidate : definition) {
                if (candidate.path("name").asText().equals(role)) {
                    candidate.at("/composites/realm").forEach(composite -> addWithComposites(composite.asText(), roles));
                }
            }
        }
    }

    private static String displayName(JsonNode user) {
        if (!user.has("firstName")) {
            return null;
        }
        return user.path("firstName").asText() + " " + user.path("lastName").asText();
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() ? null : node.asText();
    }

    private static JsonNode payload(String token) {
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** keycloak/realm-meridian.json, found by walking up from the module's directory to the repository root. */
    private static JsonNode realm() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("keycloak").resolve("realm-meridian.json");
            if (Files.isRegularFile(candidate)) {
                try {
                    return new ObjectMapper().readTree(Files.readString(candidate, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("No keycloak/realm-meridian.json above " + Path.of("").toAbsolutePath());
    }
}
