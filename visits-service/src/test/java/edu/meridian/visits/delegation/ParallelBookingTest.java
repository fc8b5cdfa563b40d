package edu.meridian.visits.delegation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static edu.meridian.visits.VisitsFixtures.staff;
import static edu.meridian.visits.VisitsFixtures.unique;
import static edu.meridian.visits.delegation.DelegationFixtures.addItem;
import static edu.meridian.visits.delegation.DelegationFixtures.body;
import static edu.meridian.visits.delegation.DelegationFixtures.created;
import static edu.meridian.visits.delegation.DelegationFixtures.item;
import static edu.meridian.visits.delegation.DelegationFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bookings of the same venue at the same time sent at once, each to its own delegation and unconfirmed: the check
 * and the write of one must not interleave with another's, so exactly one is saved and every other is a 409.
 */
@QuarkusTest
class ParallelBookingTest {

    private static final int PARALLEL = 6;

    @Test
    void ofParallelBookingsOfOneVenueAtOneTimeExactlyOneIsSaved() throws Exception {
        String tag = unique();
        LocalDate arrival = today().plusDays(30);
        List<String> delegations = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            delegations.add(created(staff(), body("Parallel " + tag + " " + i, "academic_visit", "nursing", arrival,
                    arrival.plusDays(1))));
        }
        String token = staff();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                String delegation = delegations.get(i);
                String booking = item("meeting", "Meeting " + tag + " " + i, arrival, "09:00", "10:00",
                        "Senate Room " + tag, "Host " + tag + " " + i, "Interpreter " + tag + " " + i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return addItem(token, delegation, booking, false).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }

            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(PARALLEL - 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
