package edu.meridian.programmes.selection;

import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, UUID> {

    List<Assignment> ofCall(UUID callId) {
        return list("callId", Sort.by("applicationId").and("reviewer"), callId);
    }

    List<Assignment> ofApplication(UUID applicationId) {
        return list("applicationId", Sort.by("reviewer"), applicationId);
    }

    Optional<Assignment> of(UUID applicationId, String reviewer) {
        return find("applicationId = ?1 and reviewer = ?2", applicationId, reviewer).firstResultOptional();
    }

    /** A reviewer's assignments, optionally of one call, oldest first. */
    Page<Assignment> ofReviewer(String reviewer, UUID callId, int page, int size) {
        PanacheQuery<Assignment> found = callId == null
                ? find("reviewer = ?1", Sort.by("createdAt").and("id"), reviewer)
                : find("reviewer = ?1 and callId = ?2", Sort.by("createdAt").and("id"), reviewer, callId);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }
}
