package edu.meridian.admissions.application;

import jakarta.validation.constraints.NotNull;

/** The applicant's answer to an offer. */
public record OfferAnswerRequest(@NotNull Answer answer) {

    public enum Answer { accept, decline }
}
