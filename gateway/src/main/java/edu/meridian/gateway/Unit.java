package edu.meridian.gateway;

/**
 * A unit of the university (an office, a college, an affiliated hospital): a group under {@code /units} in
 * Keycloak, named by the code the services store (the {@code unit} claim), with its names in both languages.
 */
public record Unit(String code, String nameZh, String nameEn, String kind) {

    static Unit of(KeycloakAdmin.Group group) {
        return new Unit(group.name(), Person.attribute(group.attributes(), "name_zh"),
                Person.attribute(group.attributes(), "name_en"), Person.attribute(group.attributes(), "kind"));
    }
}
