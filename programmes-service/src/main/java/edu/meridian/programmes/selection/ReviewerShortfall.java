package edu.meridian.programmes.selection;

import java.util.UUID;

/** An application with fewer counted reviewers (assigned, no conflict declared) than the call wants: assign {@code missing} more. */
public record ReviewerShortfall(UUID applicationId, int counted, int missing) {
}
