package edu.meridian.admissions.student;

import org.junit.jupiter.api.Test;

import static edu.meridian.admissions.student.StudentState.*;
import static org.assertj.core.api.Assertions.assertThat;

class StudentStateTest {

    @Test
    void anEnrolledStudentIsSuspendedGraduatesOrWithdrawsAndTheEndsAreFinal() {
        assertThat(enrolled.next()).containsExactlyInAnyOrder(suspended, graduated, withdrawn);
        assertThat(suspended.next()).containsExactlyInAnyOrder(enrolled, withdrawn);
        assertThat(graduated.next()).isEmpty();
        assertThat(withdrawn.next()).isEmpty();
    }

    @Test
    void suspensionAndWithdrawalNeedAReason() {
        assertThat(suspended.needsReason()).isTrue();
        assertThat(withdrawn.needsReason()).isTrue();
        assertThat(graduated.needsReason()).isFalse();
        assertThat(enrolled.needsReason()).isFalse();
    }
}
