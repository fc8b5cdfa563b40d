package edu.meridian.persistence.personal;

import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.MDC;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The audit of personal data read in full. A service reveals a value only inside {@link #record}'s transaction, after
 * checking the caller's role: the reason is required, and the row (who, when, which record and field, why) is written
 * before the value leaves.
 */
@ApplicationScoped
public class Reveals implements PanacheRepository<Reveal> {

    public static final int MAX_REASON = 500;

    private final Clock clock;

    Reveals(Clock clock) {
        this.clock = clock;
    }

    /** Records a reveal; a blank or overlong reason is a 400 and records nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Reveal record(String aggregateType, UUID aggregateId, String field, String reason, String by) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ProblemException.invalid("reason", FieldErrorCode.REQUIRED,
                    "is required: say why the full value is needed");
        }
        if (why.length() > MAX_REASON) {
            throw ProblemException.invalid("reason", FieldErrorCode.SIZE, "must be at most " + MAX_REASON
                    + " characters", java.util.Map.of("min", 1, "max", MAX_REASON));
        }
        Reveal reveal = new Reveal();
        reveal.aggregateType = aggregateType;
        reveal.aggregateId = aggregateId;
        reveal.field = field;
        reveal.reason = why;
        reveal.revealedBy = by;
        reveal.revealedAt = clock.instant();
        Object requestId = MDC.get("requestId");
        reveal.requestId = requestId == null ? null : requestId.toString();
        persist(reveal);
        return reveal;
    }

    /** The reveals of one record, the latest first. */
    public List<Reveal> of(String aggregateType, UUID aggregateId) {
        return list("aggregateType = ?1 and aggregateId = ?2 order by revealedAt desc, id desc", aggregateType,
                aggregateId);
    }
}
