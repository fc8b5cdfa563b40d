package edu.meridian.partners.jointprogramme;

import edu.meridian.web.DateRange;
import edu.meridian.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static edu.meridian.web.Strings.blankToNull;

/**
 * The fields of a joint programme that a user sets. The approval (certificate, authority, validity) may be empty while
 * the programme is planned. Status changes go through transitions.
 */
public record JointProgrammeRequest(
        @NotNull @Valid Text name,
        @NotNull @Valid ChinesePartner chinesePartner,
        @NotNull UUID foreignPartnerId,
        @Size(max = 60) String certificateNumber,
        @Size(max = 200) String issuingAuthority,
        @Valid DateRange approvalValidity,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid MajorRequest> majors,
        @NotNull JointProgrammeLevel level,
        @NotNull @Min(1) @Max(8) Integer durationYears,
        @NotBlank @Size(max = 20)
        @Pattern(regexp = "[0-9]+(\\.[0-9])?(\\+[0-9]+(\\.[0-9])?)+",
                message = "must be years at each side joined by +, such as 3+1, 4+0 or 2+2") String mode,
        @NotNull @Min(0) @Max(100000) Integer annualIntake,
        @NotNull CredentialsAwarded credentialsAwarded,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal importedCoreCourseShare,
        @Size(max = 300) List<@NotNull @Valid CreditRow> creditRecognition) {

    /** The Chinese side: a name, and the home unit code when a college runs the programme. */
    public record ChinesePartner(
            @NotNull @Valid Text name,
            @Size(max = 60) @Pattern(regexp = "[a-z0-9-]+", message = "must be a unit code such as nursing") String unit) {
    }

    public record MajorRequest(
            @NotBlank @Pattern(regexp = "[0-9]{4,6}[A-Z]{0,2}",
                    message = "must be a code of the ministry's catalogue of majors, such as 101101K") String code,
            @NotNull @Valid Text name) {
    }

    public record CreditRow(@NotNull @Valid OurCourse ourCourse, @NotNull @Valid PartnerCourse partnerCourse) {
    }

    public record OurCourse(
            @NotBlank @Size(max = 40) String code,
            @NotNull @Valid Text name,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal credits) {
    }

    public record PartnerCourse(
            @Size(max = 40) String code,
            @NotBlank @Size(max = 300) String name,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal credits) {
    }

    JointProgrammeContent toContent() {
        return new JointProgrammeContent(name.zh().strip(), name.en().strip(), chinesePartner.name().zh().strip(),
                chinesePartner.name().en().strip(), blankToNull(chinesePartner.unit()), foreignPartnerId,
                blankToNull(certificateNumber), blankToNull(issuingAuthority),
                approvalValidity == null ? null : approvalValidity.from(),
                approvalValidity == null ? null : approvalValidity.to(),
                majors.stream().map(major -> new Major(major.code(), strip(major.name()))).toList(),
                level, durationYears, mode.strip(), annualIntake, credentialsAwarded, importedCoreCourseShare,
                creditRecognition == null ? List.of() : creditRecognition.stream()
                        .map(row -> new CreditRecognition(
                                new CreditRecognition.OurCourse(row.ourCourse().code().strip(),
                                        strip(row.ourCourse().name()), row.ourCourse().credits()),
                                new CreditRecognition.PartnerCourse(
                                        blankToNull(row.partnerCourse().code()),
                                        row.partnerCourse().name().strip(), row.partnerCourse().credits())))
                        .toList());
    }

    private static Text strip(Text text) {
        return new Text(text.zh().strip(), text.en().strip());
    }
}
