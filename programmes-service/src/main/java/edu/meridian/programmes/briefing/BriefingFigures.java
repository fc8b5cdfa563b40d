package edu.meridian.programmes.briefing;

import edu.meridian.programmes.partner.PartnerInstitution;
import edu.meridian.programmes.partner.PartnerService;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The briefing figures: registrations, attendance and the applications they brought ({@link BriefingConversion}) per
 * briefing (not planned ones) and per presenting partner.
 */
@ApplicationScoped
public class BriefingFigures {

    private final BriefingRepository briefings;
    private final RegistrationRepository registrations;
    private final PartnerService partners;
    private final BriefingService briefingService;
    private final BriefingConversion conversion;

    BriefingFigures(BriefingRepository briefings, RegistrationRepository registrations, PartnerService partners,
            BriefingService briefingService, BriefingConversion conversion) {
        this.briefings = briefings;
        this.registrations = registrations;
        this.partners = partners;
        this.briefingService = briefingService;
        this.conversion = conversion;
    }

    /** The briefings whose local date is within {@code from … to} (both included, either open), in date order. */
    @Transactional
    public BriefingFiguresReport of(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", FieldErrorCode.NOT_BEFORE, "must not be before from",
                    Map.of("other", "from"));
        }
        ZoneId zone = briefingService.zone();
        StringBuilder query = new StringBuilder("state <> ?1");
        List<Object> parameters = new ArrayList<>(List.of(BriefingState.planned));
        if (from != null) {
            parameters.add(from.atStartOfDay(zone).toInstant());
            query.append(" and startsAt >= ?").append(parameters.size());
        }
        if (to != null) {
            parameters.add(to.plusDays(1).atStartOfDay(zone).toInstant());
            query.append(" and startsAt < ?").append(parameters.size());
        }
        List<Briefing> list = briefings.list(query + " order by startsAt, id", parameters.toArray());
        List<UUID> ids = list.stream().map(briefing -> briefing.id).toList();
        Map<UUID, Map<RegistrationState, Long>> counts = registrations.countsByState(ids);
        Map<UUID, Long> applicationsPerBriefing = conversion.perBriefing(ids);
        Map<UUID, Long> applicationsPerPartner = conversion.perPartner(ids);
        List<BriefingFiguresReport.PerBriefing> perBriefing = new ArrayList<>();
        Map<UUID, long[]> perPartner = new LinkedHashMap<>();
        for (Briefing briefing : list) {
            Map<RegistrationState, Long> states = counts.getOrDefault(briefing.id, Map.of());
            long attended = states.getOrDefault(RegistrationState.attended, 0L);
            long absent = states.getOrDefault(RegistrationState.absent, 0L);
            long registered = states.getOrDefault(RegistrationState.registered, 0L) + attended + absent;
            perBriefing.add(new BriefingFiguresReport.PerBriefing(briefing.id,
                    new Text(briefing.titleZh, briefing.titleEn), briefing.startsAt.atZone(zone).toLocalDate(),
                    briefing.format, briefing.campus, briefing.state, briefing.capacity, registered, attended, absent,
                    states.getOrDefault(RegistrationState.cancelled, 0L),
                    applicationsPerBriefing.getOrDefault(briefing.id, 0L)));
            for (UUID partner : briefing.presentingPartners) {
                long[] sums = perPartner.computeIfAbsent(partner, id -> new long[3]);
                sums[0]++;
                sums[1] += registered;
                sums[2] += attended;
            }
        }
        Map<UUID, PartnerInstitution> institutions = partners.institutions(perPartner.keySet());
        List<BriefingFiguresReport.PerPartner> byPartner = perPartner.entrySet().stream().map(entry -> {
            PartnerInstitution institution = institutions.get(entry.getKey());
            long[] sums = entry.getValue();
            return new BriefingFiguresReport.PerPartner(entry.getKey(),
                    institution == null ? null : new Text(institution.nameZh, institution.nameEn),
                    institution == null ? null : institution.country, sums[0], sums[1], sums[2],
                    applicationsPerPartner.getOrDefault(entry.getKey(), 0L));
        }).toList();
        return new BriefingFiguresReport(perBriefing, byPartner);
    }
}
