package edu.meridian.admissions.outcome;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of licensing-exam pass rates of the university's MBBS graduates. */
class PassRatesTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 14);
    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 12);

    private static final List<Graduate> GRADUATES = List.of(
            new Graduate("anil", "2019", "IN"),
            new Graduate("bina", "2019", "IN"),
            new Graduate("chidi", "2019", "NG"),
            new Graduate("dara", "2020", "PK"),
            new Graduate("emeka", "2020", "NG"));

    private static final List<ExamSitting> SITTINGS = List.of(
            new ExamSitting("anil", "IN", "FMGE", SEPTEMBER, true),
            new ExamSitting("anil", "IN", "FMGE", MARCH, false),
            new ExamSitting("bina", "IN", "FMGE", MARCH, true),
            new ExamSitting("chidi", "NG", "MDCN assessment", MARCH, false),
            new ExamSitting("chidi", "NG", "MDCN assessment", SEPTEMBER, false),
            new ExamSitting("dara", "PK", "NLE", SEPTEMBER, true),
            new ExamSitting("farah", "PK", "NLE", MARCH, true));

    @Test
    void aCohortCountsFirstAttemptsAndEventualPassesOfItsCandidates() {
        List<PassRate> rates = PassRates.byCohort(GRADUATES, SITTINGS);

        assertThat(rates).containsExactly(
                new PassRate("2019", 3, 3, 1, 2),
                new PassRate("2020", 2, 1, 1, 1));
        assertThat(rates.get(0).firstAttemptPercent()).contains(new BigDecimal("33.3"));
        assertThat(rates.get(0).anyAttemptPercent()).contains(new BigDecimal("66.7"));
        assertThat(rates.get(1).anyAttemptPercent()).contains(new BigDecimal("100.0"));
    }

    @Test
    void byTheExamsCountryWithTheGraduatesOfThatNationality() {
        assertThat(PassRates.byCountry(GRADUATES, SITTINGS)).containsExactly(
                new PassRate("IN", 2, 2, 1, 2),
                new PassRate("NG", 2, 1, 0, 0),
                new PassRate("PK", 1, 1, 1, 1));
    }

    @Test
    void aGroupWithoutCandidatesHasNoRate() {
        PassRate nobodySat = PassRates.byCohort(List.of(new Graduate("gita", "2021", "NP")), List.of()).get(0);

        assertThat(nobodySat).isEqualTo(new PassRate("2021", 1, 0, 0, 0));
        assertThat(nobodySat.firstAttemptPercent()).isEmpty();
        assertThat(nobodySat.anyAttemptPercent()).isEmpty();
    }

    @Test
    void elevenHundredAndTwentyNinePassesOfFifteenHundredAndFortyTwoCandidatesAre73Point2Percent() {
        List<Graduate> graduates = new ArrayList<>();
        List<ExamSitting> sittings = new ArrayList<>();
        for (int i = 0; i < 1542; i++) {
            graduates.add(new Graduate("s" + i, "2015", "IN"));
            sittings.add(new ExamSitting("s" + i, "IN", "FMGE", MARCH, i < 1000));
            if (i >= 1000 && i < 1129) {
                sittings.add(new ExamSitting("s" + i, "IN", "FMGE", SEPTEMBER, true));
            }
        }

        PassRate overall = PassRates.overall(graduates, sittings);

        assertThat(overall).isEqualTo(new PassRate("all", 1542, 1542, 1000, 1129));
        assertThat(overall.anyAttemptPercent()).contains(new BigDecimal("73.2"));
        assertThat(overall.firstAttemptPercent()).contains(new BigDecimal("64.9"));
    }
}
