package edu.meridian.admissions.letter;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Random;

/** Letters for the tests: an MBBS applicant with a Chinese name and accents in the passport name. */
final class Letters {

    static final VerificationCode CODE = VerificationCode.generate(new Random(7));

    static final AdmissionLetter.Issuer ISSUER = new AdmissionLetter.Issuer("Meridian Medical University",
            "子午医科大学", "School of International Education", "国际教育学院");

    private Letters() {
    }

    static AdmissionLetter mbbs(String passportName, Optional<String> chineseName) {
        return new AdmissionLetter(new AdmissionLetter.Applicant(passportName, chineseName),
                new AdmissionLetter.Programme("Bachelor of Medicine and Bachelor of Surgery (MBBS, taught in English)",
                        "临床医学（全英文教学）", Period.ofYears(6), new BigDecimal("40000")),
                YearMonth.of(2027, 9), LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 10), LocalDate.of(2027, 5, 20),
                ISSUER, CODE, URI.create("https://meridian.example.edu/verify/" + CODE.compact()));
    }
}
