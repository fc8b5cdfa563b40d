package edu.meridian.admissions.programme;

import edu.meridian.web.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeRulesTest {

    private static ProgrammeContent programme(InstructionLanguage language, String currency, LanguageRequirement requirement) {
        return new ProgrammeContent("X", "x", "x", ProgrammeLevel.bachelor, language, 48,
                new Tuition(new BigDecimal("30000"), currency), requirement, List.of());
    }

    @Test
    void tuitionIsInAnIso4217Currency() {
        assertThat(ProgrammeRules.programmeProblems(programme(InstructionLanguage.en, "USD", null))).isEmpty();
        assertThat(ProgrammeRules.programmeProblems(programme(InstructionLanguage.en, "XYZ", null)))
                .extracting(FieldError::field).containsExactly("tuition.currency");
    }

    @Test
    void theLanguageMinimumIsOfTheProgrammesOwnLanguage() {
        assertThat(ProgrammeRules.programmeProblems(programme(InstructionLanguage.zh, "CNY",
                new LanguageRequirement(null, null, 4)))).isEmpty();
        assertThat(ProgrammeRules.programmeProblems(programme(InstructionLanguage.zh, "CNY",
                new LanguageRequirement(new BigDecimal("6.0"), null, 4)))).extracting(FieldError::field)
                .containsExactly("languageRequirement");
        assertThat(ProgrammeRules.programmeProblems(programme(InstructionLanguage.en, "CNY",
                new LanguageRequirement(new BigDecimal("6.5"), 80, 4)))).extracting(FieldError::field)
                .containsExactly("languageRequirement.minHsk");
        assertThat(ProgrammeRules.programmeProblems(programme(InstructionLanguage.en, "CNY",
                new LanguageRequirement(new BigDecimal("6.3"), null, null)))).extracting(FieldError::field)
                .containsExactly("languageRequirement.minIelts");
    }

    @Test
    void theWindowOpensBeforeItClosesAndClosesBeforeTheStart() {
        LocalDate september = LocalDate.of(2027, 9, 1);
        assertThat(ProgrammeRules.intakeProblems(new IntakeContent(september, LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 6, 30), 60))).isEmpty();
        assertThat(ProgrammeRules.intakeProblems(new IntakeContent(september, LocalDate.of(2027, 7, 1),
                LocalDate.of(2027, 6, 30), 60))).extracting(FieldError::field).containsExactly("applicationsClose");
        assertThat(ProgrammeRules.intakeProblems(new IntakeContent(september, LocalDate.of(2027, 1, 1), september, 60)))
                .extracting(FieldError::field).containsExactly("startsOn");
    }
}
