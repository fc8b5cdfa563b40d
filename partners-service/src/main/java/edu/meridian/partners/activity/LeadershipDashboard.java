package edu.meridian.partners.activity;

import edu.meridian.partners.agreement.Agreement;
import edu.meridian.partners.agreement.AgreementService;
import edu.meridian.partners.agreement.AgreementState;
import edu.meridian.partners.agreement.CooperationCondition.Direction;
import edu.meridian.persistence.AcademicYear;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The leadership dashboard's figures, from the activity projection and this service's agreements. */
@ApplicationScoped
public class LeadershipDashboard {

    private final ActivityService activity;
    private final AgreementService agreements;
    private final ActivityMobilityRepository mobilities;
    private final ActivityRecordRepository records;

    LeadershipDashboard(ActivityService activity, AgreementService agreements, ActivityMobilityRepository mobilities,
            ActivityRecordRepository records) {
        this.activity = activity;
        this.agreements = agreements;
        this.mobilities = mobilities;
        this.records = records;
    }

    public DashboardFigures figures() {
        LocalDate today = agreements.today();
        List<UUID> partners = agreements.institutionsEverInForce();
        List<Agreement> everInForce = agreements.everInForceWith(partners);
        List<UUID> inForce = partners.stream().filter(partner -> everInForce.stream().anyMatch(agreement ->
                agreement.state != AgreementState.terminated && agreement.partnerIds.contains(partner)
                        && !today.isBefore(agreement.effectiveDate) && !today.isAfter(agreement.expiryDate)))
                .toList();
        int dormant = (int) inForce.stream().filter(partner -> activity.activityOn(partner, today).dormant()).count();

        List<UsedPlace> used = mobilities.listAll().stream().map(ActivityMobility::usedPlace)
                .flatMap(Optional::stream).toList();
        List<ActivityRecord> happened = records.listAll().stream().filter(ActivityRecord::happened).toList();
        return new DashboardFigures(today, inForce.size(), inForce.size() - dormant, dormant, mobilitiesByYear(used),
                balanceByYear(everInForce, used), countByYear(happened, ActivityRecord.Kind.application),
                countByYear(happened, ActivityRecord.Kind.delegation));
    }

    private static List<DashboardFigures.MobilityYear> mobilitiesByYear(List<UsedPlace> used) {
        return byYear(used, UsedPlace::year).entrySet().stream().map(year -> new DashboardFigures.MobilityYear(
                year.getKey().toString(), count(year.getValue(), Direction.outbound),
                count(year.getValue(), Direction.inbound))).toList();
    }

    private static List<DashboardFigures.BalanceYear> balanceByYear(List<Agreement> agreements, List<UsedPlace> used) {
        List<OfferedPlaces> offered = agreements.stream().map(ActivityService::offered).toList();
        List<ExchangeBalance.Line> lines = ExchangeBalance.of(offered, used).lines();
        return byYear(lines, ExchangeBalance.Line::year).entrySet().stream().map(year -> {
            List<ExchangeBalance.Line> of = year.getValue();
            return new DashboardFigures.BalanceYear(year.getKey().toString(), sum(of, ExchangeBalance.Line::offered),
                    sum(of, ExchangeBalance.Line::used), sum(of, ExchangeBalance.Line::unused),
                    sum(of, ExchangeBalance.Line::overUse));
        }).toList();
    }

    private static List<DashboardFigures.CountYear> countByYear(List<ActivityRecord> happened,
            ActivityRecord.Kind kind) {
        List<ActivityRecord> ofKind = happened.stream().filter(record -> record.kind == kind).toList();
        return byYear(ofKind, record -> AcademicYear.of(record.happenedOn)).entrySet().stream()
                .map(year -> new DashboardFigures.CountYear(year.getKey().toString(), year.getValue().size()))
                .toList();
    }

    private static <T> Map<AcademicYear, List<T>> byYear(List<T> items, Function<T, AcademicYear> year) {
        return items.stream().collect(Collectors.groupingBy(year,
                () -> new TreeMap<>(java.util.Comparator.comparingInt(AcademicYear::startYear)), Collectors.toList()));
    }

    private static int count(List<UsedPlace> places, Direction direction) {
        return (int) places.stream().filter(place -> place.direction() == direction).count();
    }

    private static int sum(List<ExchangeBalance.Line> lines, java.util.function.ToIntFunction<ExchangeBalance.Line> of) {
        return lines.stream().mapToInt(of).sum();
    }
}
