package edu.meridian.admissions.programme;

import edu.meridian.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A degree programme as the office writes it. */
public record ProgrammeRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "must be upper-case letters, digits and hyphens, such as MBBS")
        String code,
        @NotNull @Valid Text name,
        @NotNull ProgrammeLevel level,
        @NotNull InstructionLanguage language,
        @Min(1) @Max(120) int durationMonths,
        @NotNull @Valid Tuition tuition,
        @Valid LanguageRequirement languageRequirement,
        @Size(max = 20) List<@NotNull DocumentKind> requiredDocuments) {

    ProgrammeContent toContent() {
        return new ProgrammeContent(code.strip(), name.zh().strip(), name.en().strip(), level, language, durationMonths,
                tuition, languageRequirement, requiredDocuments);
    }
}
