package edu.meridian.admissions.letter;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/** What anyone with a letter's code learns: that it is real, for whom, for which programme and of which day. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationResponse(String name, String chineseName, String programmeEn, String programmeZh,
        LocalDate issuedOn) {

    static VerificationResponse from(IssuedLetter letter) {
        return new VerificationResponse(letter.passportName, letter.chineseName, letter.programmeNameEn,
                letter.programmeNameZh, letter.issuedOn);
    }
}
