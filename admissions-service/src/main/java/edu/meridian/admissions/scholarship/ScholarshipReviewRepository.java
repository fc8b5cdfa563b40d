package edu.meridian.admissions.scholarship;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ScholarshipReviewRepository implements PanacheRepositoryBase<ScholarshipReview, UUID> {

    Map<UUID, List<ScholarshipReview>> of(Collection<UUID> scholarships) {
        if (scholarships.isEmpty()) {
            return Map.of();
        }
        return list("scholarshipId in ?1 order by academicYear", scholarships).stream()
                .collect(Collectors.groupingBy(review -> review.scholarshipId));
    }

    boolean exists(UUID scholarship, String academicYear) {
        return count("scholarshipId = ?1 and academicYear = ?2", scholarship, academicYear) > 0;
    }
}
