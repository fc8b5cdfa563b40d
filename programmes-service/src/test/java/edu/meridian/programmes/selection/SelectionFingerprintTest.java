package edu.meridian.programmes.selection;

import edu.meridian.programmes.call.CallDestination;
import edu.meridian.programmes.call.Criterion;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static edu.meridian.programmes.selection.Selections.DEADLINE;
import static edu.meridian.programmes.selection.Selections.candidate;
import static edu.meridian.programmes.selection.Selections.criterion;
import static edu.meridian.programmes.selection.Selections.destination;
import static edu.meridian.programmes.selection.Selections.id;
import static edu.meridian.programmes.selection.Selections.review;
import static org.assertj.core.api.Assertions.assertThat;

/** The fingerprint a stored allocation keeps of its inputs: blind to their order, changed by anything that counts. */
class SelectionFingerprintTest {

    private static final UUID NUS = id("NUS");
    private static final UUID NTU = id("NTU");
    private static final List<Criterion> CRITERIA = List.of(criterion("academic", 60), criterion("language", 40));
    private static final List<CallDestination> PLACES = List.of(destination(NUS, 2), destination(NTU, 1));
    private static final List<Candidate> CANDIDATES = List.of(
            candidate("ann", "3.5", DEADLINE, NUS, NTU), candidate("bo", NTU), candidate("cy", null, DEADLINE, NTU, NUS));
    private static final List<Review> REVIEWS = List.of(
            review("ann", "zhao.min", "academic", 80, "language", 70), review("bo", "zhao.min", "academic", 75),
            review("cy", "qian.lu", "academic", 90, "language", 60), Review.assigned(id("cy"), "li.na").withConflictDeclared());
    private static final String FINGERPRINT = SelectionFingerprint.of(CRITERIA, PLACES, CANDIDATES, REVIEWS);

    @Test
    void isASha256InHex() {
        assertThat(FINGERPRINT).matches("[0-9a-f]{64}");
    }

    @Test
    void theOrderOfTheApplicationsAndReviewsChangesNothing() {
        Random random = new Random(3);
        for (int run = 0; run < 10; run++) {
            List<Candidate> candidates = new ArrayList<>(CANDIDATES);
            List<Review> reviews = new ArrayList<>(REVIEWS);
            Collections.shuffle(candidates, random);
            Collections.shuffle(reviews, random);
            assertThat(SelectionFingerprint.of(CRITERIA, PLACES, candidates, reviews)).isEqualTo(FINGERPRINT);
        }
    }

    @Test
    void aGpaOfTheSameValueChangesNothing() {
        List<Candidate> candidates = new ArrayList<>(CANDIDATES);
        candidates.set(0, new Candidate(id("ann"), List.of(NUS, NTU), new BigDecimal("3.50"), DEADLINE));

        assertThat(SelectionFingerprint.of(CRITERIA, PLACES, candidates, REVIEWS)).isEqualTo(FINGERPRINT);
    }

    @Test
    void anythingThatCanChangeTheResultChangesIt() {
        List<String> changed = List.of(
                SelectionFingerprint.of(List.of(criterion("academic", 50), criterion("language", 50)), PLACES, CANDIDATES, REVIEWS),
                SelectionFingerprint.of(List.of(CRITERIA.get(1), CRITERIA.get(0)), PLACES, CANDIDATES, REVIEWS),
                SelectionFingerprint.of(CRITERIA, List.of(destination(NUS, 1), destination(NTU, 1)), CANDIDATES, REVIEWS),
                SelectionFingerprint.of(CRITERIA, PLACES, replace(CANDIDATES, 0, candidate("ann", "3.5", DEADLINE, NTU, NUS)), REVIEWS),
                SelectionFingerprint.of(CRITERIA, PLACES, replace(CANDIDATES, 0, candidate("ann", "3.6", DEADLINE, NUS, NTU)), REVIEWS),
                SelectionFingerprint.of(CRITERIA, PLACES, replace(CANDIDATES, 0, candidate("ann", null, DEADLINE, NUS, NTU)), REVIEWS),
                SelectionFingerprint.of(CRITERIA, PLACES,
                        replace(CANDIDATES, 0, candidate("ann", "3.5", DEADLINE.minusSeconds(1), NUS, NTU)), REVIEWS),
                SelectionFingerprint.of(CRITERIA, PLACES, CANDIDATES.subList(0, 2), REVIEWS),
                SelectionFingerprint.of(CRITERIA, PLACES, CANDIDATES, replace(REVIEWS, 1, review("bo", "zhao.min", "academic", 76))),
                SelectionFingerprint.of(CRITERIA, PLACES, CANDIDATES,
                        replace(REVIEWS, 1, new Review(id("bo"), "zhao.min", true, Map.of("academic", 75)))),
                SelectionFingerprint.of(CRITERIA, PLACES, CANDIDATES, replace(REVIEWS, 1, review("bo", "qian.lu", "academic", 75))),
                SelectionFingerprint.of(CRITERIA, PLACES, CANDIDATES, REVIEWS.subList(0, 3)));

        assertThat(changed).doesNotContain(FINGERPRINT).doesNotHaveDuplicates();
    }

    private static <T> List<T> replace(List<T> list, int index, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, element);
        return copy;
    }
}
