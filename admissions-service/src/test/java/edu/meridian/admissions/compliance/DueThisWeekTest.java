package edu.meridian.admissions.compliance;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static edu.meridian.admissions.compliance.ComplianceClocksTest.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

/** The queue in the week of Monday 6 to Sunday 12 September 2027 in Shanghai, and at its turn. */
class DueThisWeekTest {

    private static final ComplianceClocks CLOCKS = new ComplianceClocks(CompliancePeriods.DEFAULT);

    private static List<String> queue(Instant now) {
        Map<String, List<ComplianceClock>> students = new LinkedHashMap<>();
        students.put("ana", CLOCKS.of(ComplianceFacts.arrivedAt(shanghai("2027-08-29T10:00:00"))
                .accommodationRegistered(shanghai("2027-08-29T18:00:00"))
                .healthChecked(LocalDate.of(2027, 9, 1))));
        students.put("bo", CLOCKS.of(ComplianceFacts.arrivedAt(shanghai("2027-09-05T20:00:00"))
                .accommodationRegistered(shanghai("2027-09-06T09:00:00"))
                .insured(LocalDate.of(2027, 9, 6))));
        students.put("chen", CLOCKS.of(ComplianceFacts.arrivedAt(shanghai("2027-09-07T22:00:00"))));
        students.put("dan", CLOCKS.of(ComplianceFacts.arrivedAt(shanghai("2027-09-05T08:00:00"))
                .accommodationRegistered(shanghai("2027-09-05T15:00:00"))));
        return DueThisWeek.select(students, now, CompliancePeriods.CHINA).stream()
                .map(entry -> entry.subject() + " " + entry.clock().item() + " " + entry.clock().dueDate() + " "
                        + entry.status())
                .toList();
    }

    @Test
    void whatIsOverdueAndWhatFallsDueBySundayMostUrgentFirst() {
        assertThat(queue(shanghai("2027-09-08T11:00:00"))).containsExactly(
                "ana insurance 2027-09-05 overdue",
                "chen accommodation_registration 2027-09-08 due_soon",
                "dan insurance 2027-09-12 pending");
    }

    @Test
    void theWeekTurnsAtMidnightInShanghaiNotInUtc() {
        Instant mondayInShanghaiStillSundayInUtc = Instant.parse("2027-09-12T16:30:00Z");

        assertThat(queue(shanghai("2027-09-12T23:30:00"))).containsExactly(
                "ana insurance 2027-09-05 overdue",
                "chen accommodation_registration 2027-09-08 overdue",
                "dan insurance 2027-09-12 due_soon");
        assertThat(queue(mondayInShanghaiStillSundayInUtc)).containsExactly(
                "ana insurance 2027-09-05 overdue",
                "chen accommodation_registration 2027-09-08 overdue",
                "dan insurance 2027-09-12 overdue",
                "chen insurance 2027-09-14 due_soon",
                "bo health_check 2027-09-19 pending",
                "dan health_check 2027-09-19 pending");
    }
}
