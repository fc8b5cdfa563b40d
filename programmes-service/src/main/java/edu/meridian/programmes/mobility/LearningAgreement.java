package edu.meridian.programmes.mobility;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The courses a participant takes at the host with their home equivalents, and who has approved that list. Any change
 * of the courses voids every approval (each party approved the list as it was); {@link #revised} says so.
 */
public record LearningAgreement(List<Course> courses, Map<Party, Approval> approvals) {

    public LearningAgreement {
        courses = courses == null ? List.of() : List.copyOf(courses);
        approvals = approvals == null || approvals.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(approvals));
    }

    public static LearningAgreement empty() {
        return new LearningAgreement(List.of(), Map.of());
    }

    /** These courses instead: the approvals stay only if the courses are the same as before. */
    public LearningAgreement revised(List<Course> newCourses) {
        return newCourses.equals(courses) ? this : new LearningAgreement(newCourses, Map.of());
    }

    public LearningAgreement approvedBy(Party party, Approval approval) {
        Map<Party, Approval> next = new EnumMap<>(Party.class);
        next.putAll(approvals);
        next.put(party, approval);
        return new LearningAgreement(courses, next);
    }

    /** Courses listed and every party has approved them. */
    @JsonIgnore
    public boolean approved() {
        return !courses.isEmpty() && approvals.keySet().containsAll(List.of(Party.values()));
    }

    /** The home credits the agreement promises: the most that can be recognised on return. */
    @JsonIgnore
    public BigDecimal homeCredits() {
        return courses.stream().map(Course::homeCredits).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
