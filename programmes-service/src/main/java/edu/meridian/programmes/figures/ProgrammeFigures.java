package edu.meridian.programmes.figures;

import edu.meridian.programmes.application.ApplicationState;
import edu.meridian.programmes.call.Direction;
import edu.meridian.web.Countries;
import edu.meridian.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Counts and sums for leadership and the office, read with plain SQL from the tables, so the figures depend only on
 * the schema. Nothing in them names a person: calls, states, countries, years, funders and currencies only.
 */
@ApplicationScoped
public class ProgrammeFigures {

    /** The states of an application that passed the eligibility check and was not withdrawn. */
    static final List<String> ELIGIBLE = List.of("eligible", "under_review", "selected", "waitlisted", "rejected",
            "nominated", "accepted_by_host", "rejected_by_host", "confirmed");
    /** The states of an application that was selected (and possibly went on to nomination and the host's answer). */
    static final List<String> SELECTED = List.of("selected", "nominated", "accepted_by_host", "rejected_by_host",
            "confirmed");

    /** Application states in the order of their state machine, for {@code order by}. */
    private static final String STATE_ORDER = Arrays.stream(ApplicationState.values())
            .map(state -> "when '" + state.name() + "' then " + state.ordinal())
            .collect(Collectors.joining(" ", "case a.state ", " end"));

    private final EntityManager entityManager;

    ProgrammeFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record ApplicationsByCallAndState(UUID callId, Text title, String academicYear, String state, long count) {
    }

    /** {@code ratio}: selected / eligible, four decimals; null when no application of the call is eligible. */
    public record SelectionRatio(UUID callId, Text title, String academicYear, String callState, long eligible,
            long selected, BigDecimal ratio) {
    }

    public record MobilitiesByCountryAndYear(String academicYear, Direction direction, String country,
            Text countryName, long count) {
    }

    public record MobilitiesByDirection(String academicYear, long outbound, long inbound) {
    }

    /**
     * Sums of one funder's grants in one currency (never added across currencies): {@code awarded} all that are not
     * withdrawn, {@code paid} those paid or repaid, {@code repaid} those repaid.
     */
    public record FundsByFunder(String funder, String currency, long grants, BigDecimal awarded, BigDecimal paid,
            BigDecimal repaid) {
    }

    /** Applications per call and state, calls newest year first then by English title, states in their order. */
    @Transactional
    public List<ApplicationsByCallAndState> applications(String academicYear, UUID callId) {
        Conditions where = new Conditions().equal("c.academic_year", academicYear).equal("c.id", callId);
        return rows("""
                select c.id, c.title_zh, c.title_en, c.academic_year, a.state, count(*)
                from application a join programme_call c on c.id = a.call_id""" + where + """
                 group by c.id, c.title_zh, c.title_en, c.academic_year, a.state
                order by c.academic_year desc, c.title_en, c.id, """ + STATE_ORDER, where).stream()
                .map(row -> new ApplicationsByCallAndState((UUID) row[0], new Text((String) row[1], (String) row[2]),
                        (String) row[3], (String) row[4], count(row[5])))
                .toList();
    }

    /** Per call that has applications: how many passed the eligibility check and how many of those were selected. */
    @Transactional
    public List<SelectionRatio> selection(String academicYear) {
        Conditions where = new Conditions().equal("c.academic_year", academicYear)
                .parameter("eligible", ELIGIBLE).parameter("selected", SELECTED);
        return rows("""
                select c.id, c.title_zh, c.title_en, c.academic_year, c.state,
                       count(*) filter (where a.state in (:eligible)), count(*) filter (where a.state in (:selected))
                from application a join programme_call c on c.id = a.call_id""" + where + """
                 group by c.id, c.title_zh, c.title_en, c.academic_year, c.state
                order by c.academic_year desc, c.title_en, c.id""", where).stream()
                .map(row -> new SelectionRatio((UUID) row[0], new Text((String) row[1], (String) row[2]),
                        (String) row[3], (String) row[4], count(row[5]), count(row[6]), ratio(count(row[6]), count(row[5]))))
                .toList();
    }

    /** Mobilities that were not cancelled, per academic year, direction and the host's (or sender's) country. */
    @Transactional
    public List<MobilitiesByCountryAndYear> mobilities(String academicYear, Direction direction) {
        Conditions where = new Conditions().always("m.state <> 'cancelled'").equal("m.academic_year", academicYear)
                .equal("m.direction", direction == null ? null : direction.name());
        return rows("""
                select m.academic_year, m.direction, p.country, count(*)
                from mobility m left join partner_institution p on p.id = m.institution_id""" + where + """
                 group by m.academic_year, m.direction, p.country
                order by m.academic_year desc, m.direction desc, 4 desc, p.country""", where).stream()
                .map(row -> new MobilitiesByCountryAndYear((String) row[0], Direction.valueOf((String) row[1]),
                        (String) row[2], row[2] == null ? null : Countries.nameOf((String) row[2]), count(row[3])))
                .toList();
    }

    /** Outbound and inbound mobilities that were not cancelled, per academic year, the newest first. */
    @Transactional
    public List<MobilitiesByDirection> mobilitiesByDirection() {
        return rows("""
                select academic_year, count(*) filter (where direction = 'outbound'),
                       count(*) filter (where direction = 'inbound')
                from mobility where state <> 'cancelled'
                group by academic_year order by academic_year desc""", new Conditions()).stream()
                .map(row -> new MobilitiesByDirection((String) row[0], count(row[1]), count(row[2])))
                .toList();
    }

    /** Grants per funder and currency, optionally of the mobilities of one academic year. */
    @Transactional
    public List<FundsByFunder> funds(String academicYear) {
        Conditions where = new Conditions().equal("m.academic_year", academicYear);
        return rows("""
                select g.funder, g.currency, count(*) filter (where g.state <> 'withdrawn'),
                       coalesce(sum(g.amount) filter (where g.state <> 'withdrawn'), 0),
                       coalesce(sum(g.amount) filter (where g.state in ('paid', 'repaid')), 0),
                       coalesce(sum(g.amount) filter (where g.state = 'repaid'), 0)
                from mobility_grant g join mobility m on m.id = g.mobility_id""" + where + """
                 group by g.funder, g.currency
                order by g.funder, g.currency""", where).stream()
                .map(row -> new FundsByFunder((String) row[0], (String) row[1], count(row[2]), (BigDecimal) row[3],
                        (BigDecimal) row[4], (BigDecimal) row[5]))
                .toList();
    }

    static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Conditions conditions) {
        Query query = entityManager.createNativeQuery(sql);
        conditions.parameters().forEach(query::setParameter);
        return (List<Object[]>) query.getResultList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
