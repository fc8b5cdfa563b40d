package edu.meridian.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.meridian.web.Actor;
import edu.meridian.web.Disclosure;
import edu.meridian.web.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The version history of records, kept per aggregate type ({@code agreement}, {@code institution}…). Each change stores
 * a snapshot of the record as readers see it (without personal data) and the fields that changed; any two versions can
 * be compared field by field. {@link #versions} serves the history over HTTP.
 */
@ApplicationScoped
public class Revisions implements PanacheRepository<Revision> {

    private final ObjectMapper json;
    private final Clock clock;
    private final Instance<Versions> versions;

    Revisions(ObjectMapper json, Clock clock, Instance<Versions> versions) {
        this.json = json;
        this.clock = clock;
        this.versions = versions;
    }

    /** A field that differs between two versions; nested fields are named with dots ({@code title.zh}). */
    public record Change(String field, JsonNode from, JsonNode to) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Revision record(String aggregateType, UUID aggregateId, String action, Object snapshot, Actor by) {
        return record(aggregateType, aggregateId, action, null, snapshot, by);
    }

    /** A change made by a job, under its own user name ({@code system}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Revision record(String aggregateType, UUID aggregateId, String action, Object snapshot, String job) {
        return record(aggregateType, aggregateId, action, null, snapshot, Actor.system(job));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Revision record(String aggregateType, UUID aggregateId, String action, String reason, Object snapshot,
            String job) {
        return record(aggregateType, aggregateId, action, reason, snapshot, Actor.system(job));
    }

    /** A change and who made it, with their names as they are now, so the history names them after they leave. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Revision record(String aggregateType, UUID aggregateId, String action, String reason, Object snapshot,
            Actor by) {
        JsonNode state = json.valueToTree(snapshot);
        Revision previous = find("aggregateType = ?1 and aggregateId = ?2 order by number desc", aggregateType, aggregateId)
                .firstResult();
        Revision revision = new Revision();
        revision.aggregateType = aggregateType;
        revision.aggregateId = aggregateId;
        revision.number = previous == null ? 1 : previous.number + 1;
        revision.action = action;
        revision.reason = reason;
        revision.snapshot = state;
        revision.changedFields = previous == null ? List.of()
                : diff(previous.snapshot, state).stream().map(Change::field).toList();
        revision.changedBy = by.username();
        revision.changedByName = by.name();
        revision.changedByNameZh = by.nameZh();
        revision.changedAt = clock.instant();
        persist(revision);
        return revision;
    }

    /**
     * The history of one aggregate type as its resource serves it; {@code requireExists} fails (404) for an unknown id,
     * e.g. {@code service::get}.
     */
    public Versions versions(String aggregateType, Consumer<UUID> requireExists) {
        return disclosedVersions(aggregateType, id -> {
            requireExists.accept(id);
            return Disclosure.ALL;
        });
    }

    /**
     * The history as its resource serves it to a caller who may read only part of a record: {@code disclosureOf}
     * fails (404) for an unknown id, or one the caller may not read, and otherwise says what the caller may read of it.
     */
    public Versions disclosedVersions(String aggregateType, Function<UUID, Disclosure> disclosureOf) {
        return versions.get().of(aggregateType, disclosureOf);
    }

    public List<Revision> of(String aggregateType, UUID aggregateId) {
        return list("aggregateType = ?1 and aggregateId = ?2 order by number", aggregateType, aggregateId);
    }

    public Revision get(String aggregateType, UUID aggregateId, long number) {
        return find("aggregateType = ?1 and aggregateId = ?2 and number = ?3", aggregateType, aggregateId, number)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Version", number));
    }

    public List<Change> compare(String aggregateType, UUID aggregateId, long from, long to) {
        return diff(get(aggregateType, aggregateId, from).snapshot, get(aggregateType, aggregateId, to).snapshot);
    }

    static List<Change> diff(JsonNode before, JsonNode after) {
        Map<String, JsonNode> left = flatten(before);
        Map<String, JsonNode> right = flatten(after);
        TreeSet<String> fields = new TreeSet<>(left.keySet());
        fields.addAll(right.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode a = left.get(field);
            JsonNode b = right.get(field);
            if (!sameValue(a, b)) {
                changes.add(new Change(field, a, b));
            }
        }
        return changes;
    }

    /**
     * Numbers compare by value at any depth: a snapshot read back from jsonb holds {@code 35.5} as a double and
     * {@code 4} as an int, a fresh one holds the entity's {@code BigDecimal} {@code 35.50} and {@code 4}.
     */
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> a.equals(b)
            || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

    static boolean sameValue(JsonNode a, JsonNode b) {
        return a == null || b == null ? Objects.equals(a, b) : a.equals(BY_VALUE, b);
    }

    /** Objects become dotted paths; arrays and plain values are compared as a whole. Nulls count as absent. */
    private static Map<String, JsonNode> flatten(JsonNode node) {
        Map<String, JsonNode> fields = new TreeMap<>();
        flatten("", node, fields);
        return fields;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> into) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> members = node.fields();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                flatten(prefix.isEmpty() ? member.getKey() : prefix + "." + member.getKey(), member.getValue(), into);
            }
        } else {
            into.put(prefix, node);
        }
    }
}
