package edu.meridian.admissions.compliance;

public enum ClockStatus {
    /** The fact that meets the clock is recorded. */
    done,
    /** Running, no alert yet. */
    pending,
    /** Running and past its first "deadline near" threshold. */
    due_soon,
    /** Past the deadline and not done. */
    overdue
}
