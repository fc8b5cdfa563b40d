package edu.meridian.admissions.outcome;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A licensing exam sitting: the exam's country and name, the day it was sat, pass or fail. */
public record ExamResultRequest(
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
        @NotBlank @Size(max = 100) String exam,
        @NotNull LocalDate satOn,
        @NotNull Boolean passed) {

    ExamResultContent toContent() {
        return new ExamResultContent(country, exam.strip(), satOn, passed);
    }
}
