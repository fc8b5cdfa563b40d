package edu.meridian.programmes.briefing;

import java.util.Arrays;
import java.util.List;

/** The columns of a briefing's registrations export and how a registration fills them. */
final class RegistrationCsv {

    static final List<String> HEADER = List.of("person", "state", "selfRegistered", "registeredAt", "updatedAt",
            "updatedBy");

    private RegistrationCsv() {
    }

    static List<Object> row(Registration registration) {
        return Arrays.asList(registration.person, registration.state, registration.selfRegistered,
                registration.createdAt, registration.updatedAt, registration.updatedBy);
    }
}
