package edu.meridian.partners.activity;

import edu.meridian.partners.agreement.Agreement;
import edu.meridian.partners.agreement.AgreementService;
import edu.meridian.partners.institution.InstitutionService;
import edu.meridian.persistence.Today;
import edu.meridian.web.Page;
import edu.meridian.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What happened with one partner across the services, newest first: its agreements (those the caller may read) from
 * the day they came into force, programmes' mobilities from the day they began and its nominations, visits' delegations
 * from the day the guests arrived.
 */
@ApplicationScoped
public class PartnerTimeline {

    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::date)
            .thenComparing(TimelineEntry::kind).thenComparing(TimelineEntry::recordId).reversed();

    private final InstitutionService institutions;
    private final AgreementService agreements;
    private final ActivityMobilityRepository mobilities;
    private final ActivityRecordRepository records;
    private final Today today;

    PartnerTimeline(InstitutionService institutions, AgreementService agreements,
            ActivityMobilityRepository mobilities, ActivityRecordRepository records, Today today) {
        this.institutions = institutions;
        this.agreements = agreements;
        this.mobilities = mobilities;
        this.records = records;
        this.today = today;
    }

    /** One page of the partner's timeline (404 for an unknown institution). */
    public Page<TimelineEntry> of(UUID institutionId, PageRequest page) {
        institutions.get(institutionId);
        ZoneId zone = today.zone();
        List<TimelineEntry> entries = new ArrayList<>();
        for (Agreement agreement : agreements.everInForceWith(List.of(institutionId))) {
            if (agreements.mayRead(agreement)) {
                entries.add(new TimelineEntry(agreement.effectiveDate, "agreement", agreement.id,
                        agreement.state.name(), agreement.kind.name(), "partners-service",
                        "/api/partners/agreements/" + agreement.id));
            }
        }
        for (ActivityMobility mobility : mobilities.ofInstitutions(List.of(institutionId))) {
            LocalDate day = mobility.startedOn != null ? mobility.startedOn : LocalDate.ofInstant(mobility.receivedAt, zone);
            entries.add(new TimelineEntry(day, "mobility", mobility.mobilityId, mobility.state,
                    mobility.direction + " " + mobility.mobilityType, "programmes-service",
                    "/api/programmes/mobilities/" + mobility.mobilityId));
        }
        for (ActivityRecord record : records.naming(List.of(institutionId))) {
            boolean application = record.kind == ActivityRecord.Kind.application;
            entries.add(new TimelineEntry(record.happenedOn, record.kind.name(), record.recordId, record.state,
                    record.category, application ? "programmes-service" : "visits-service",
                    (application ? "/api/programmes/applications/" : "/api/visits/delegations/") + record.recordId));
        }
        entries.sort(NEWEST_FIRST);
        int from = (int) Math.min(page.offset(), entries.size());
        int to = Math.min(from + page.size(), entries.size());
        return page.of(List.copyOf(entries.subList(from, to)), entries.size());
    }
}
