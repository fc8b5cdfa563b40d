package edu.meridian.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The curated list of countries and regions (ISO 3166-1 alpha-2) with Chinese and English names, as the office
 * writes them. Names come from the JDK's CLDR data, with the office's own wording where it differs.
 */
public final class Countries {

    private static final Map<String, Text> OWN_WORDING = Map.of(
            "TW", new Text("中国台湾", "Taiwan, China"),
            "HK", new Text("中国香港", "Hong Kong, China"),
            "MO", new Text("中国澳门", "Macao, China"),
            "KR", new Text("韩国", "South Korea"),
            "KP", new Text("朝鲜", "North Korea"));

    /** Codes that are not countries or regions a partner can be in. */
    private static final Set<String> LEFT_OUT = Set.of("AQ", "BV", "HM", "UM", "TF", "IO");

    private static final Map<String, Text> ALL = Arrays.stream(Locale.getISOCountries())
            .filter(code -> !LEFT_OUT.contains(code))
            .collect(Collectors.toUnmodifiableMap(code -> code, Countries::namesOf));

    private Countries() {
    }

    public record Country(String code, Text name) {
    }

    public static boolean exists(String code) {
        return code != null && ALL.containsKey(code);
    }

    public static Text nameOf(String code) {
        return ALL.get(code);
    }

    /** All of them, ordered by English name. */
    public static List<Country> all() {
        return ALL.entrySet().stream()
                .map(entry -> new Country(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(country -> country.name().en()))
                .toList();
    }

    private static Text namesOf(String code) {
        Text own = OWN_WORDING.get(code);
        if (own != null) {
            return own;
        }
        Locale region = new Locale.Builder().setRegion(code).build();
        return new Text(region.getDisplayCountry(Locale.SIMPLIFIED_CHINESE), region.getDisplayCountry(Locale.ENGLISH));
    }
}
