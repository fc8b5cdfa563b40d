package edu.meridian.partners.figures;

import edu.meridian.partners.institution.InstitutionKind;
import edu.meridian.partners.institution.InstitutionStatus;
import edu.meridian.persistence.Today;
import edu.meridian.web.Countries;
import edu.meridian.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Counts for the leadership's and the ministry's reports. Agreements are read with plain SQL from their tables, so the
 * figures depend only on the schema, not on the agreement model.
 */
@ApplicationScoped
public class FiguresService {

    private final EntityManager entityManager;
    private final Today today;

    FiguresService(EntityManager entityManager, Today today) {
        this.entityManager = entityManager;
        this.today = today;
    }

    public record ByCountry(String country, Text countryName, long count) {
    }

    public record ByKind(InstitutionKind kind, long count) {
    }

    public record AgreementsByKindAndState(String kind, String state, long count) {
    }

    public record ExpiringAgreement(UUID id, String referenceCode, Text title, LocalDate expiryDate, String state) {
    }

    /** Agreements in force whose expiry date is within the period, both ends included, soonest first. */
    public record Expiring(LocalDate from, LocalDate to, List<ExpiringAgreement> agreements) {
    }

    /** Institutions per country or region, most first; all statuses unless one is given. */
    public List<ByCountry> institutionsByCountry(InstitutionStatus status) {
        return rows(withStatus("select country, count(*) from institution", status, "group by country order by 2 desc, 1"),
                status).stream()
                .map(row -> new ByCountry((String) row[0], Countries.nameOf((String) row[0]), count(row[1])))
                .toList();
    }

    /** Institutions per kind, most first; all statuses unless one is given. */
    public List<ByKind> institutionsByKind(InstitutionStatus status) {
        return rows(withStatus("select kind, count(*) from institution", status, "group by kind order by 2 desc, 1"),
                status).stream()
                .map(row -> new ByKind(InstitutionKind.valueOf((String) row[0]), count(row[1])))
                .toList();
    }

    public List<AgreementsByKindAndState> agreementsByKindAndState() {
        return rows("select kind, state, count(*) from agreement group by kind, state order by kind, state", null)
                .stream()
                .map(row -> new AgreementsByKindAndState((String) row[0], (String) row[1], count(row[2])))
                .toList();
    }

    /** Active or expiring agreements whose expiry date is from today to today + {@code withinDays}, in our time zone. */
    public Expiring agreementsExpiring(int withinDays) {
        LocalDate today = this.today.date();
        LocalDate until = today.plusDays(withinDays);
        Query query = entityManager.createNativeQuery("""
                        select id, reference_code, title_zh, title_en, expiry_date, state
                        from agreement
                        where state in ('active', 'expiring') and expiry_date between :today and :until
                        order by expiry_date, reference_code""")
                .setParameter("today", Date.valueOf(today))
                .setParameter("until", Date.valueOf(until));
        List<ExpiringAgreement> agreements = rows(query).stream()
                .map(row -> new ExpiringAgreement((UUID) row[0], (String) row[1], new Text((String) row[2], (String) row[3]),
                        toDate(row[4]), (String) row[5]))
                .toList();
        return new Expiring(today, until, agreements);
    }

    private static String withStatus(String select, InstitutionStatus status, String rest) {
        return select + (status == null ? " " : " where status = :status ") + rest;
    }

    private List<Object[]> rows(String sql, InstitutionStatus status) {
        Query query = entityManager.createNativeQuery(sql);
        if (status != null) {
            query.setParameter("status", status.name());
        }
        return rows(query);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return (List<Object[]>) query.getResultList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
