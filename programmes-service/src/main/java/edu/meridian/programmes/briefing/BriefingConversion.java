package edu.meridian.programmes.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which applications a briefing brought. Applications do not store the briefings their applicant attended: the
 * office records attendance after the event (often from paper lists), so the link is derived whenever it is read. An
 * application counts for a briefing when its applicant (the same user name) attended it, it was submitted at or
 * after the briefing's start (a draft does not count; what became of it later does not matter), and the briefing is
 * about its call: it names the call or the call's scheme, or it names neither (a general briefing). The same rule
 * answers both ways: which applications a briefing brought, and which briefings count for one application.
 */
@ApplicationScoped
class BriefingConversion {

    private static final String ATTENDEES_APPLICATIONS = """
            from briefing b
            join briefing_registration r on r.briefing_id = b.id and r.state = 'attended'
            join application a on a.applicant_username = r.person and a.submitted_at >= b.starts_at
            join programme_call c on c.id = a.call_id
            """;
    private static final String OF_THE_BRIEFINGS = " where b.id in (:briefings) and ";
    private static final String ABOUT_THEIR_CALL = """
            (b.call_ids @> jsonb_build_array(cast(a.call_id as text))
                   or b.scheme_ids @> jsonb_build_array(cast(c.scheme_id as text))
                   or (b.call_ids = '[]'::jsonb and b.scheme_ids = '[]'::jsonb))
            """;

    private final EntityManager entityManager;

    BriefingConversion(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Per briefing, the applications it brought (briefings without any are left out). */
    Map<UUID, Long> perBriefing(Collection<UUID> briefingIds) {
        return counts("select b.id, count(distinct a.id) " + ATTENDEES_APPLICATIONS + OF_THE_BRIEFINGS + ABOUT_THEIR_CALL
                + " group by b.id",
                briefingIds);
    }

    /**
     * Per presenting partner, the applications the briefings it presented at brought that choose it (among any of
     * their choices): what its presentations brought to it, each application counted once.
     */
    Map<UUID, Long> perPartner(Collection<UUID> briefingIds) {
        return counts("select bp.institution_id, count(distinct a.id) " + ATTENDEES_APPLICATIONS + """
                join briefing_partner bp on bp.briefing_id = b.id
                join application_choice ch on ch.application_id = a.id and ch.institution_id = bp.institution_id
                """ + OF_THE_BRIEFINGS + ABOUT_THEIR_CALL + " group by bp.institution_id", briefingIds);
    }

    /** The briefings that count for the application, earliest first: its applicant attended them before submitting it. */
    @SuppressWarnings("unchecked")
    List<UUID> attendedFor(UUID applicationId) {
        return entityManager.createNativeQuery("select b.id " + ATTENDEES_APPLICATIONS + " where a.id = :application and "
                        + ABOUT_THEIR_CALL + " order by b.starts_at, b.id")
                .setParameter("application", applicationId).getResultList();
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, Long> counts(String sql, Collection<UUID> briefingIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (briefingIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter("briefings", List.copyOf(briefingIds))
                .getResultList();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
