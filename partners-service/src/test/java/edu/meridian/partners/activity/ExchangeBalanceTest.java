package edu.meridian.partners.activity;

import edu.meridian.partners.activity.ExchangeBalance.Line;
import edu.meridian.partners.agreement.CooperationCondition;
import edu.meridian.partners.agreement.CooperationCondition.Direction;
import edu.meridian.partners.agreement.CooperationCondition.MobilityType;
import edu.meridian.persistence.AcademicYear;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static edu.meridian.partners.agreement.CooperationCondition.Direction.inbound;
import static edu.meridian.partners.agreement.CooperationCondition.Direction.outbound;
import static edu.meridian.partners.agreement.CooperationCondition.MobilityType.staff_teaching;
import static edu.meridian.partners.agreement.CooperationCondition.MobilityType.student_study;
import static org.assertj.core.api.Assertions.assertThat;

class ExchangeBalanceTest {

    private static final UUID NUS = id(1);
    private static final UUID SASEBO = id(2);
    private static final UUID KYUSHU = id(3);
    private static final UUID ELSEWHERE = id(4);
    private static final AcademicYear Y2025 = AcademicYear.parse("2025/26");
    private static final AcademicYear Y2026 = AcademicYear.parse("2026/27");

    private final List<UsedPlace> mobilities = new ArrayList<>();

    @Test
    void placesUsedAgainstPlacesOfferedPerYearDirectionAndType() {
        // NUS: 3 outbound and 2 inbound study places a year, 1 teaching place from 2026/27, in force Sept 2025–Aug 2027
        OfferedPlaces nus = agreement(1, Set.of(NUS), "2025-09-01", "2027-08-31",
                condition(outbound, student_study, 3, null, null), condition(inbound, student_study, 2, null, null),
                condition(outbound, staff_teaching, 1, "2026/27", null));
        went(NUS, outbound, student_study, Y2025, 4);
        went(NUS, inbound, student_study, Y2025, 1);
        went(NUS, outbound, student_study, Y2026, 2);

        List<Line> lines = ExchangeBalance.of(List.of(nus), mobilities).lines();

        assertThat(lines).containsExactly(
                new Line(nus.agreementId(), Y2025, outbound, student_study, 3, 4),
                new Line(nus.agreementId(), Y2025, inbound, student_study, 2, 1),
                new Line(nus.agreementId(), Y2026, outbound, student_study, 3, 2),
                new Line(nus.agreementId(), Y2026, outbound, staff_teaching, 1, 0),
                new Line(nus.agreementId(), Y2026, inbound, student_study, 2, 0));
        assertThat(lines.get(0).overUse()).isEqualTo(1);
        assertThat(lines.get(0).unused()).isZero();
        assertThat(lines.get(1).unused()).isEqualTo(1);
        assertThat(lines.stream().mapToInt(Line::unused).sum()).as("unused places over the agreement's life")
                .isEqualTo(0 + 1 + 1 + 1 + 2);
    }

    @Test
    void anAgreementWithSeveralPartnersSharesItsPlacesAndGivesWayToABilateralOne() {
        // A network agreement with Sasebo and Kyushu: 2 outbound study places a year for both together
        OfferedPlaces network = agreement(2, Set.of(SASEBO, KYUSHU), "2024-09-01", "2029-08-31",
                condition(outbound, student_study, 2, null, null));
        // Kyushu also has a bilateral agreement of its own, with 1 outbound study place
        OfferedPlaces kyushu = agreement(3, Set.of(KYUSHU), "2026-01-01", "2029-08-31",
                condition(outbound, student_study, 1, null, null));
        went(SASEBO, outbound, student_study, Y2025, 1);
        went(KYUSHU, outbound, student_study, Y2025, 3);

        List<Line> lines = ExchangeBalance.of(List.of(network, kyushu), mobilities).lines().stream()
                .filter(line -> line.year().equals(Y2025)).toList();

        assertThat(lines).containsExactly(
                new Line(network.agreementId(), Y2025, outbound, student_study, 2, 1),
                new Line(kyushu.agreementId(), Y2025, outbound, student_study, 1, 3));
    }

    @Test
    void aMobilityNoAgreementCoversIsListedAsUncovered() {
        OfferedPlaces nus = agreement(1, Set.of(NUS), "2025-09-01", "2026-08-31",
                condition(outbound, student_study, 3, null, null));
        went(ELSEWHERE, outbound, student_study, Y2025, 1);
        went(NUS, inbound, student_study, Y2025, 1);
        went(NUS, outbound, student_study, Y2026, 1);

        ExchangeBalance.Balance balance = ExchangeBalance.of(List.of(nus), mobilities);

        assertThat(balance.uncovered()).hasSize(3);
        assertThat(balance.lines()).containsExactly(new Line(nus.agreementId(), Y2025, outbound, student_study, 3, 0));
    }

    @Test
    void aConditionsYearsBoundItsPlacesWithinTheAgreementsOwn() {
        OfferedPlaces nus = agreement(1, Set.of(NUS), "2024-09-01", "2027-08-31",
                condition(outbound, student_study, 2, "2025/26", "2025/26"));
        assertThat(ExchangeBalance.of(List.of(nus), mobilities).lines())
                .containsExactly(new Line(nus.agreementId(), Y2025, outbound, student_study, 2, 0));
    }

    private void went(UUID institution, Direction direction, MobilityType type, AcademicYear year, int people) {
        for (int i = 0; i < people; i++) {
            mobilities.add(new UsedPlace(UUID.randomUUID(), institution, direction, type, year));
        }
    }

    private static OfferedPlaces agreement(int n, Set<UUID> partners, String from, String to,
            CooperationCondition... conditions) {
        return new OfferedPlaces(id(100 + n), partners, LocalDate.parse(from), LocalDate.parse(to), List.of(conditions));
    }

    private static CooperationCondition condition(Direction direction, MobilityType type, int places, String fromYear,
            String toYear) {
        return new CooperationCondition(direction, type, places, BigDecimal.valueOf(5), null, List.of("0913"), List.of(),
                "en", "B2", fromYear, toYear);
    }

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", n));
    }
}
