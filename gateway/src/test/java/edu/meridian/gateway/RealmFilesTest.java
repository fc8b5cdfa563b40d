package edu.meridian.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * keycloak/realm-production.json is the demo realm without what only a demo may have (people, passwords, the
 * password-grant client, committed secrets), and with everything the services rely on (roles, audience, claims).
 */
class RealmFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACEHOLDER = "\\$\\{[A-Z][A-Z0-9_]*}";
    private static final String DIRECTORY = "meridian-directory";

    private final JsonNode demo = read("keycloak/realm-meridian.json");
    private final JsonNode production = read("keycloak/realm-production.json");

    @Test
    void productionHasNoPeopleOnlyTheServiceAccountsOfItsClients() {
        for (JsonNode user : production.path("users")) {
            assertThat(user.path("serviceAccountClientId").asText()).as("user %s", user.path("username"))
                    .isIn(clientIds(production));
            assertThat(user.has("credentials")).isFalse();
        }
    }

    @Test
    void productionHasNoPasswordGrantNoPublicClientAndNoImplicitFlow() {
        assertThat(clientIds(production)).doesNotContain("meridian-cli").contains("meridian-gateway", "meridian-campus");
        for (JsonNode client : production.path("clients")) {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(client.path("clientId").asText()).isFalse();
            assertThat(client.path("publicClient").asBoolean()).as(client.path("clientId").asText()).isFalse();
            assertThat(client.path("implicitFlowEnabled").asBoolean()).as(client.path("clientId").asText()).isFalse();
        }
    }

    @Test
    void productionCommitsNoSecretOnlyPlaceholdersKeycloakFillsFromTheEnvironment() throws IOException {
        for (JsonNode client : production.path("clients")) {
            assertThat(client.path("publicClient").asBoolean() || client.path("secret").asText().matches(PLACEHOLDER))
                    .as("secret of %s", client.path("clientId")).isTrue();
            for (JsonNode uri : client.path("redirectUris")) {
                assertThat(uri.asText()).doesNotContain("localhost");
            }
        }
        assertThat(production.path("smtpServer").path("password").asText()).matches(PLACEHOLDER);
        String text = Files.readString(root().resolve("keycloak/realm-production.json"));
        for (JsonNode client : demo.path("clients")) {
            if (client.has("secret")) {
                assertThat(text).doesNotContain(client.path("secret").asText());
            }
        }
        assertThat(text).doesNotContain("-demo\"").doesNotContain("\"credentials\"");
    }

    @Test
    void productionKeepsTheRolesScopesAndClaimsTheServicesRelyOn() {
        assertThat(names(production.path("roles").path("realm"))).isEqualTo(names(demo.path("roles").path("realm")))
                .contains("office-admin", "office-staff", "applicant", "campus-system");
        assertThat(production.path("defaultRole")).isEqualTo(demo.path("defaultRole"));
        assertThat(production.path("clientScopes")).isEqualTo(demo.path("clientScopes"));
        assertThat(production.path("defaultDefaultClientScopes")).isEqualTo(demo.path("defaultDefaultClientScopes"));
        assertThat(production.path("components")).as("the user profile (unit editable by administrators only)")
                .isEqualTo(demo.path("components"));
        JsonNode audience = scope(production, "meridian-api").path("protocolMappers").get(0);
        assertThat(audience.path("config").path("included.custom.audience").asText()).isEqualTo("meridian-api");
        assertThat(names(scope(production, "meridian-profile").path("protocolMappers"))).contains("unit", "locale");
        for (JsonNode client : production.path("clients")) {
            if (!client.path("clientId").asText().equals(DIRECTORY)) {
                assertThat(texts(client.path("defaultClientScopes"))).as(client.path("clientId").asText())
                        .contains("meridian-api", "meridian-profile");
            }
        }
        JsonNode campus = serviceAccount(production, "meridian-campus");
        assertThat(texts(campus.path("realmRoles"))).containsExactly("campus-system");
    }

    @Test
    void onlyApplicantsRegisterThemselvesAndTheyConfirmTheirAddress() {
        assertThat(production.path("registrationAllowed").asBoolean()).isTrue();
        assertThat(production.path("verifyEmail").asBoolean()).isTrue();
        assertThat(production.path("defaultRole")).isEqualTo(demo.path("defaultRole"));
        for (JsonNode role : production.path("roles").path("realm")) {
            if (role.path("name").asText().equals("default-roles-meridian")) {
                assertThat(texts(role.path("composites").path("realm"))).contains("applicant")
                        .doesNotContain("office-staff", "office-admin", "student", "campus-system");
            }
        }
    }

    @Test
    void theDirectoryReadsUsersAndGroupsAndItsTokensOpenNoService() {
        for (JsonNode realm : List.of(demo, production)) {
            JsonNode client = client(realm, DIRECTORY);
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
            assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
            assertThat(texts(client.path("defaultClientScopes"))).doesNotContain("meridian-api");
            JsonNode account = serviceAccount(realm, DIRECTORY);
            assertThat(texts(account.path("realmRoles"))).isEmpty();
            assertThat(account.path("clientRoles").properties()).singleElement()
                    .satisfies(roles -> {
                        assertThat(roles.getKey()).isEqualTo("realm-management");
                        // Read only: users, and the realm's roles (Keycloak lists a role's members to view-realm only).
                        assertThat(texts(roles.getValue())).containsExactlyInAnyOrder("view-users", "view-realm");
                    });
        }
    }

    @Test
    void everyUnitIsAGroupWithBothNamesAndEveryDemoUserIsInTheirUnit() {
        JsonNode units = units(demo);
        assertThat(units(production)).isEqualTo(units);
        Map<String, JsonNode> byCode = new HashMap<>();
        for (JsonNode unit : units.path("subGroups")) {
            byCode.put(unit.path("name").asText(), unit);
            for (String attribute : List.of("name_zh", "name_en", "kind")) {
                assertThat(unit.path("attributes").path(attribute).path(0).asText()).as("%s of %s", attribute,
                        unit.path("name")).isNotBlank();
            }
            assertThat(unit.path("attributes").path("kind").path(0).asText()).isIn("office", "college", "hospital");
        }
        for (JsonNode user : demo.path("users")) {
            String unit = user.path("attributes").path("unit").path(0).asText();
            if (!unit.isEmpty()) {
                assertThat(byCode).as("unit of %s", user.path("username")).containsKey(unit);
                assertThat(texts(user.path("groups"))).as("groups of %s", user.path("username"))
                        .containsExactly("/units/" + unit);
            }
        }
    }

    private static JsonNode units(JsonNode realm) {
        for (JsonNode group : realm.path("groups")) {
            if (group.path("name").asText().equals("units")) {
                return group;
            }
        }
        throw new AssertionError("no group units");
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static JsonNode serviceAccount(JsonNode realm, String clientId) {
        for (JsonNode user : realm.path("users")) {
            if (user.path("serviceAccountClientId").asText().equals(clientId)) {
                return user;
            }
        }
        throw new AssertionError("no service account of " + clientId);
    }

    private static JsonNode scope(JsonNode realm, String name) {
        for (JsonNode scope : realm.path("clientScopes")) {
            if (scope.path("name").asText().equals(name)) {
                return scope;
            }
        }
        throw new AssertionError("no client scope " + name);
    }

    private static Set<String> clientIds(JsonNode realm) {
        Set<String> ids = new TreeSet<>();
        realm.path("clients").forEach(client -> ids.add(client.path("clientId").asText()));
        return ids;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        array.forEach(item -> names.add(item.path("name").asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static JsonNode read(String file) {
        try {
            return JSON.readTree(root().resolve(file).toFile());
        } catch (IOException e) {
            throw new IllegalStateException(file, e);
        }
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("keycloak"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No keycloak/ above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
