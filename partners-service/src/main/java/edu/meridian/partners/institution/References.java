package edu.meridian.partners.institution;

import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * References from alliances and joint programmes to partner institutions: looked up for responses, and checked on
 * input so that an unknown id is a 400 naming the field, not a foreign-key failure.
 */
public final class References {

    private References() {
    }

    /** The institutions with these ids that exist, by id. */
    public static Map<UUID, Institution> institutions(InstitutionRepository repository, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.list("id in ?1", Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(institution -> institution.id, Function.identity()));
    }

    /**
     * Fails with one field error per id that is unknown or repeated; {@code fields} names each id's field
     * (e.g. {@code members[2].institutionId}), in the request's order.
     */
    public static void requireInstitutions(InstitutionRepository repository, LinkedHashMap<String, UUID> fields) {
        Map<UUID, Institution> known = institutions(repository, fields.values());
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        fields.forEach((field, id) -> {
            if (!known.containsKey(id)) {
                errors.add(new Problem.FieldError(field, FieldErrorCode.UNKNOWN_REFERENCE, "is not a known institution: " + id));
            } else if (!seen.add(id)) {
                errors.add(new Problem.FieldError(field, FieldErrorCode.DUPLICATE, "lists the same institution twice: " + id));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
