package edu.meridian.admissions.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An officer's finding on a document: {@code verified}, or {@code rejected} with the reason the applicant reads. */
public record DocumentReviewRequest(@NotBlank @Size(max = 20) String decision, @Size(max = 2000) String reason) {
}
