package edu.meridian.partners.agreement;

import java.util.Arrays;
import java.util.Optional;

/** What an agreement document is: a draft under negotiation, the signed agreement, or an annex to it. */
public enum DocumentKind {
    draft, signed, annex;

    public static Optional<DocumentKind> parse(String value) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(value)).findFirst();
    }
}
