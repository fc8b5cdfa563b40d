package edu.meridian.programmes.selection;

import edu.meridian.programmes.call.CallDestination;
import edu.meridian.programmes.call.Criterion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The SHA-256 (hex) of everything a ranking and an allocation depend on, so that a stored result names the inputs it
 * came from: the same inputs in any order give the same fingerprint, any change that can change the result gives
 * another. What keeps its order: the criteria (equal weights break ties in the call's order), the destinations (the
 * order of the fills) and each applicant's choices. GPAs compare by value (3.5 = 3.50), as the tie-break does.
 */
public final class SelectionFingerprint {

    private SelectionFingerprint() {
    }

    public static String of(List<Criterion> criteria, List<CallDestination> destinations, List<Candidate> candidates,
            List<Review> reviews) {
        List<String> lines = new ArrayList<>();
        criteria.forEach(criterion -> lines.add("criterion " + criterion.code() + " " + criterion.weight()));
        destinations.forEach(destination -> lines.add("destination " + destination.institutionId + " " + destination.places));
        candidates.stream().sorted(Comparator.comparing(candidate -> candidate.applicationId().toString()))
                .forEach(candidate -> lines.add("candidate " + candidate.applicationId() + " " + candidate.choices()
                        + " " + (candidate.gpa() == null ? "-" : candidate.gpa().stripTrailingZeros().toPlainString())
                        + " " + candidate.submittedAt()));
        reviews.stream().map(SelectionFingerprint::line).sorted().forEach(lines::add);
        return sha256(String.join("\n", lines));
    }

    private static String line(Review review) {
        String scores = new TreeMap<>(review.scores()).entrySet().stream()
                .map(Map.Entry::toString).collect(Collectors.joining(","));
        return "review " + review.applicationId() + " " + review.reviewer().length() + ":" + review.reviewer() + " "
                + (review.conflictDeclared() ? "conflict" : "counted") + " " + scores;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
