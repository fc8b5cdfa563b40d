package edu.meridian.admissions.letter;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An issued admission letter as its applicant and the office see it; its PDF is at {@code …/letter/content}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LetterResponse(UUID id, UUID applicationId, String verificationCode, String passportName,
        String chineseName, String programmeNameEn, String programmeNameZh, LocalDate issuedOn, String fileName,
        long sizeBytes, String sha256, String issuedBy, Instant issuedAt) {

    static LetterResponse from(IssuedLetter letter) {
        return new LetterResponse(letter.id, letter.applicationId, letter.verificationCode, letter.passportName,
                letter.chineseName, letter.programmeNameEn, letter.programmeNameZh, letter.issuedOn,
                letter.file.fileName, letter.file.sizeBytes, letter.file.sha256, letter.file.uploadedBy,
                letter.file.uploadedAt);
    }
}
