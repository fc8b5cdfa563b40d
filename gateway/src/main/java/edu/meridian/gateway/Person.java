package edu.meridian.gateway;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A person as staff screens show them: their Chinese name (王芳) where they have one, their name in Latin letters
 * (Fang Wang), and their home unit's code. The user name is the key the services store; nothing else about the
 * person (no e-mail, no roles) leaves the directory.
 */
public record Person(String username, String nameZh, String nameEn, String unit) {

    static Person of(KeycloakAdmin.User user) {
        String nameEn = String.join(" ", nonBlank(user.firstName()), nonBlank(user.lastName())).strip();
        return new Person(user.username(), attribute(user.attributes(), "name_zh"), nameEn.isEmpty() ? null : nameEn,
                attribute(user.attributes(), "unit"));
    }

    /** Whether {@code query} (already {@linkplain #searchable searchable}) is part of the user name or a name. */
    boolean matches(String query) {
        return searchable(username).contains(query) || searchable(nameZh).contains(query)
                || searchable(nameEn).contains(query) || searchable(nameEn).replace(" ", "").contains(query);
    }

    /** Full-width and half-width alike, case and surrounding spaces ignored. */
    static String searchable(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    static String attribute(Map<String, List<String>> attributes, String name) {
        if (attributes == null || attributes.get(name) == null || attributes.get(name).isEmpty()) {
            return null;
        }
        String value = attributes.get(name).get(0);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nonBlank(String value) {
        return value == null ? "" : value.strip();
    }
}
