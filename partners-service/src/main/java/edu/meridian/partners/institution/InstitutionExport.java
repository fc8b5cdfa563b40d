package edu.meridian.partners.institution;

import edu.meridian.persistence.Today;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
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

    static final int PAGE_SIZE = 500;

    private final InstitutionRepository institutions;
    private final Today today;

    InstitutionExport(InstitutionRepository institutions, Today today) {
        this.institutions = institutions;
        this.today = today;
    }

    /** One row of the export, cells in the order of {@link #COLUMNS}. */
    @FunctionalInterface
    public interface RowWriter {
        void write(List<Object> cells) throws IOException;
    }

    /** Today in the university's time zone, for the file name. */
    public LocalDate today() {
        return today.date();
    }

    /**
     * Writes every institution matching the filter, in its order. Pages of {@value #PAGE_SIZE} are read each in a
     * short transaction of its own, so a slow download neither holds a database connection nor fills memory.
     */
    public void writeAll(InstitutionFilter filter, RowWriter rows) throws IOException {
        LocalDate today = today();
        for (int page = 0; ; page++) {
            int number = page;
            List<InstitutionRepository.Listed> listed = QuarkusTransaction.requiringNew()
                    .call(() -> institutions.search(filter, today, number, PAGE_SIZE).items());
            for (InstitutionRepository.Listed item : listed) {
                rows.write(row(item.institution(), item.stats()));
            }
            if (listed.size() < PAGE_SIZE) {
                return;
            }
        }
    }

    static List<Object> row(Institution institution, AgreementStats stats) {
        return Arrays.asList(institution.nameZh, institution.nameEn, institution.localName, institution.abbreviation,
                institution.country, institution.city, institution.kind.name(), institution.rorId,
                institution.schacCode, institution.erasmusCode, institution.website,
                String.join(TAG_SEPARATOR, institution.tags), institution.status.name(), institution.owner,
                stats.activeAgreements(), stats.nearestExpiry());
    }
}
