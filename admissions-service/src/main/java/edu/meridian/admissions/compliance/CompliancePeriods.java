package edu.meridian.admissions.compliance;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * How long each obligation may take and when it is announced as near. The law fixes the 24 hours of the police
 * registration (also after a move), the 30 days of the residence permit application after entry and the 10 days of a
 * change on the permit; the health-check and insurance periods are the university's, and {@link #DEFAULT} holds the
 * office's current ones. Days are counted in {@code zone}, where the student is.
 */
public record CompliancePeriods(ZoneId zone, Duration accommodationRegistration, Duration accommodationNear,
        DayRule healthCheck, DayRule insurance, DayRule residencePermit, DayRule permitAddressChange,
        List<Integer> renewalAlertDays) {

    /** Due {@code days} after the day that starts it, announced when {@code nearDaysLeft} days are left. */
    public record DayRule(int days, int nearDaysLeft) {
    }

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public static final CompliancePeriods DEFAULT = new CompliancePeriods(CHINA, Duration.ofHours(24),
            Duration.ofHours(12), new DayRule(14, 3), new DayRule(7, 3), new DayRule(30, 7), new DayRule(10, 3),
            List.of(60, 30, 7));
}
