package edu.meridian.partners.institution;

import edu.meridian.persistence.Today;
import edu.meridian.web.CsvExport;
import edu.meridian.web.Disclosure;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The register of institutions as a table, for the CSV export: the list's filter and order, every match, no contacts
 * (personal data). The columns are the ones {@link InstitutionImport} reads back.
 */
@ApplicationScoped
public class InstitutionExport {

    /** Stable machine names: the SPA, the import and the office's own spreadsheets depend on them. */
    public static final List<String> COLUMNS = List.of("name_zh", "name_en", "local_name", "abbreviation", "country",
            "city", "kind", "ror_id", "schac_code", "erasmus_code", "website", "tags", "status", "owner",
            "active_agreements", "nearest_expiry");

    /** Tags share one cell, separated by this. */
    public static final String TAG_SEPARATOR = ";";

    /** Rows per page of the download (an export over several pages is tested with it). */
    static final int PAGE_SIZE = CsvExport.PAGE_SIZE;

    private final InstitutionRepository institutions;
    private final Today today;
    private final InstitutionPolicy policy;

    InstitutionExport(InstitutionRepository institutions, Today today, InstitutionPolicy policy) {
        this.institutions = institutions;
        this.policy = policy;
        this.today = today;
    }

    /** Today in the university's time zone, for the file name and the figures. */
    public LocalDate today() {
        return today.date();
    }

    /** One page of the export: the institutions matching the filter, in its order, as rows of {@link #COLUMNS}. */
    public List<List<Object>> page(InstitutionFilter filter, LocalDate today, int page, int size) {
        policy.requireMayFilterByOwner(filter.owner());
        Disclosure disclosure = policy.disclosure();
        return institutions.search(filter, today, page, size).items().stream()
                .map(listed -> row(listed.institution(), listed.stats(), disclosure)).toList();
    }

    static List<Object> row(Institution institution, AgreementStats stats, Disclosure disclosure) {
        return Arrays.asList(institution.nameZh, institution.nameEn, institution.localName, institution.abbreviation,
                institution.country, institution.city, institution.kind.name(), institution.rorId,
                institution.schacCode, institution.erasmusCode, institution.website,
                String.join(TAG_SEPARATOR, institution.tags), institution.status.name(), disclosure.of("owner", institution.owner),
                stats.activeAgreements(), stats.nearestExpiry());
    }
}
