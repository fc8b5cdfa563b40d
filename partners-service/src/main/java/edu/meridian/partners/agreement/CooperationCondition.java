package edu.meridian.partners.agreement;

import java.math.BigDecimal;
import java.util.List;

/**
 * How many people may go which way, for what, per academic year (as in an Erasmus inter-institutional agreement).
 *
 * @param monthsPerPerson for study and traineeships; {@code daysPerPerson} for staff mobility
 * @param subjectAreas    ISCED-F 2013 codes, e.g. {@code 0913} (nursing and midwifery)
 * @param fromYear        first academic year, {@code 2025/26}; {@code toYear} the last
 */
public record CooperationCondition(
        Direction direction,
        MobilityType mobilityType,
        int placesPerYear,
        BigDecimal monthsPerPerson,
        Integer daysPerPerson,
        List<String> subjectAreas,
        List<Level> levels,
        String language,
        String cefrLevel,
        String fromYear,
        String toYear) {

    public enum Direction { outbound, inbound }

    public enum MobilityType { student_study, student_traineeship, staff_teaching, staff_training }

    public enum Level { bachelor, master, doctoral }
}
