package edu.meridian.admissions.letter;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/** What an admission letter says, in both languages; names exactly as in the passport. */
public record AdmissionLetter(Applicant applicant, Programme programme, YearMonth intake, LocalDate registrationFrom,
        LocalDate registrationUntil, LocalDate issuedOn, Issuer issuer, VerificationCode code,
        URI verificationPage) {

    public record Applicant(String passportName, Optional<String> chineseName) {
        public Applicant {
            Objects.requireNonNull(passportName);
            chineseName = chineseName.filter(name -> !name.isBlank());
        }
    }

    /** Tuition in yuan (CNY) per academic year. */
    public record Programme(String nameEn, String nameZh, Period duration, BigDecimal tuitionPerYear) {
    }

    /** The university and the office that signs the letter. */
    public record Issuer(String universityEn, String universityZh, String officeEn, String officeZh) {
    }

    public AdmissionLetter {
        if (registrationUntil.isBefore(registrationFrom)) {
            throw new IllegalArgumentException("Registration ends " + registrationUntil + " before it starts "
                    + registrationFrom);
        }
    }
}
