package edu.meridian.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemExceptionTest {

    @Test
    void anIllegalTransitionIsAConflictNamingWhatIsAllowed() {
        Problem problem = ProblemException.illegalTransition("An agreement", "draft", "active", List.of("under_review"))
                .problem();

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo("urn:meridian:problem:illegal-transition");
        assertThat(problem.title()).isEqualTo("Transition not allowed");
        assertThat(problem.detail()).isEqualTo("An agreement that is draft cannot become active");
        assertThat(problem.extensions()).containsEntry("allowedTransitions", List.of("under_review"));
    }

    @Test
    void invalidFieldsAreListedOnceEachInTheOrderFound() {
        Problem problem = ProblemException.invalid(List.of(new Problem.FieldError("b", FieldErrorCode.INVALID, "is wrong"),
                new Problem.FieldError("a", FieldErrorCode.INVALID, "is wrong"),
                new Problem.FieldError("b", FieldErrorCode.INVALID, "is wrong"))).problem();

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("urn:meridian:problem:validation");
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("b", "a");
    }
}
