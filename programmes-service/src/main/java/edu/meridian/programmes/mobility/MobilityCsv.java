package edu.meridian.programmes.mobility;

import edu.meridian.programmes.partner.PartnerInstitution;
import edu.meridian.web.Disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Mobilities as the office reports them: one row each, the partner by name and country; never the report. */
final class MobilityCsv {

    static final List<String> HEADER = List.of("id", "direction", "mobilityType", "academicYear", "participant",
            "homeUnit", "institution", "country", "plannedStart", "plannedEnd", "actualStart", "actualEnd", "state",
            "agreedHomeCredits", "creditsRecognised");

    private MobilityCsv() {
    }

    static List<Object> row(Mobility mobility, Map<UUID, PartnerInstitution> institutions, Disclosure disclosure) {
        PartnerInstitution institution = institutions.get(mobility.institutionId);
        List<Object> row = new ArrayList<>();
        row.add(mobility.id);
        row.add(mobility.direction);
        row.add(mobility.mobilityType);
        row.add(mobility.academicYear);
        row.add(disclosure.of("participantName", mobility.participantName));
        row.add(mobility.homeUnit);
        row.add(institution == null ? mobility.institutionId : institution.nameEn);
        row.add(institution == null ? null : institution.country);
        row.add(mobility.plannedStart);
        row.add(mobility.plannedEnd);
        row.add(mobility.actualStart);
        row.add(mobility.actualEnd);
        row.add(mobility.state);
        row.add(disclosure.of("learningAgreement", mobility.learningAgreement.homeCredits().toPlainString()));
        row.add(disclosure.of("creditsRecognised", mobility.creditsRecognised));
        return row;
    }
}
