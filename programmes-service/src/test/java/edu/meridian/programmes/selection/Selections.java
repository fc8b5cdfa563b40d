package edu.meridian.programmes.selection;

import edu.meridian.programmes.call.CallDestination;
import edu.meridian.programmes.call.Criterion;
import edu.meridian.web.Text;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Readable inputs for the selection rules' worked examples. */
final class Selections {

    static final Instant DEADLINE = Instant.parse("2026-03-31T15:59:59Z");

    private Selections() {
    }

    static Criterion criterion(String code, int weight) {
        return new Criterion(code, new Text(code + " 中文", code), weight);
    }

    /** A fixed id per name, so that examples read by name and still compare ids. */
    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static Candidate candidate(String name, String gpa, Instant submittedAt, UUID... choices) {
        return new Candidate(id(name), List.of(choices), gpa == null ? null : new BigDecimal(gpa), submittedAt);
    }

    static Candidate candidate(String name, UUID... choices) {
        return candidate(name, "3.50", DEADLINE.minusSeconds(3600), choices);
    }

    /** {@code review("ann", "zhao.min", "academic", 80, "language", 70)}: the scores in pairs of code and score. */
    static Review review(String candidate, String reviewer, Object... codesAndScores) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int i = 0; i < codesAndScores.length; i += 2) {
            scores.put((String) codesAndScores[i], (Integer) codesAndScores[i + 1]);
        }
        return new Review(id(candidate), reviewer, false, scores);
    }

    /** A complete ranking of these candidates in this order (rank 1 first). */
    static Ranking ranking(Candidate... inRankOrder) {
        List<RankedCandidate> ranked = new java.util.ArrayList<>();
        for (int i = 0; i < inRankOrder.length; i++) {
            ranked.add(new RankedCandidate(i + 1, inRankOrder[i], BigDecimal.valueOf(100 - i), Map.of(), 1, null));
        }
        return new Ranking(ranked, List.of());
    }

    static CallDestination destination(UUID institutionId, int places) {
        return new CallDestination(institutionId, id("agreement with " + institutionId), places, null);
    }

    static List<UUID> ids(String... names) {
        return Arrays.stream(names).map(Selections::id).toList();
    }
}
