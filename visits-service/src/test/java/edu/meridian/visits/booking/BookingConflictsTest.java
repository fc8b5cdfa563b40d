package edu.meridian.visits.booking;

import edu.meridian.visits.booking.BookingConflicts.Conflict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of double bookings on the morning of a delegation's visit (times in UTC; 09:00 CST is 01:00Z). */
class BookingConflictsTest {

    private static final UUID MEETING = id(1);
    private static final UUID TOUR = id(2);
    private static final UUID LECTURE = id(3);

    private static final Booking TOUR_9_TO_11 = new Booking(TOUR, at("01:00"), at("03:00"), "li.na", "chen.jie", "Jinyun campus");

    @Test
    void theSameHostAtOverlappingTimesIsOneConflictWithTheOverlap() {
        Booking meeting = new Booking(MEETING, at("02:00"), at("04:00"), "li.na", null, "Room 301");

        assertThat(BookingConflicts.of(meeting, List.of(TOUR_9_TO_11)))
                .containsExactly(new Conflict(Resource.host, "li.na", TOUR, at("02:00"), at("03:00")));
    }

    @Test
    void backToBackIsNoConflict() {
        Booking meeting = new Booking(MEETING, at("03:00"), at("04:00"), "li.na", "chen.jie", "Jinyun campus");

        assertThat(BookingConflicts.of(meeting, List.of(TOUR_9_TO_11))).isEmpty();
    }

    @Test
    void everyClashingResourceIsListedInTimeOrder() {
        Booking lecture = new Booking(LECTURE, at("00:30"), at("01:30"), "wang.fang", "chen.jie", "Room 301");
        Booking meeting = new Booking(MEETING, at("00:00"), at("02:00"), "li.na", "chen.jie", "Room 301");

        assertThat(BookingConflicts.of(meeting, List.of(TOUR_9_TO_11, lecture))).containsExactly(
                new Conflict(Resource.interpreter, "chen.jie", LECTURE, at("00:30"), at("01:30")),
                new Conflict(Resource.venue, "Room 301", LECTURE, at("00:30"), at("01:30")),
                new Conflict(Resource.host, "li.na", TOUR, at("01:00"), at("02:00")),
                new Conflict(Resource.interpreter, "chen.jie", TOUR, at("01:00"), at("02:00")));
    }

    @Test
    void oneRoomSpelledTwoWaysIsStillOneRoom() {
        Booking morning = new Booking(LECTURE, at("01:00"), at("02:00"), null, null, "Ｒｏｏｍ ３０１");
        Booking meeting = new Booking(MEETING, at("01:30"), at("02:30"), null, null, " room   301 ");

        assertThat(BookingConflicts.of(meeting, List.of(morning)))
                .extracting(Conflict::resource, Conflict::name).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Resource.venue, "room   301"));
    }

    @Test
    void unnamedResourcesNeverClashAndAnEditedItemDoesNotClashWithItsOldSelf() {
        Booking anonymous = new Booking(MEETING, at("01:00"), at("02:00"), null, " ", null);
        Booking movedTour = new Booking(TOUR, at("01:30"), at("03:30"), "li.na", "chen.jie", "Jinyun campus");

        assertThat(BookingConflicts.of(anonymous, List.of(new Booking(LECTURE, at("01:00"), at("02:00"), null, " ", null))))
                .isEmpty();
        assertThat(BookingConflicts.of(movedTour, List.of(TOUR_9_TO_11))).isEmpty();
    }

    @Test
    void aBookingEndsAfterItStarts() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Booking(MEETING, at("02:00"), at("02:00"), "li.na", null, null));
    }

    private static Instant at(String utc) {
        return Instant.parse("2027-03-15T" + utc + ":00Z");
    }

    private static UUID id(int n) {
        return new UUID(0, n);
    }

    @Test
    void theLockNamesAreTheComparedFormsSortedSoEveryWriterTakesThemInOneOrder() {
        Booking booking = new Booking(UUID.randomUUID(), Instant.parse("2026-03-02T01:00:00Z"),
                Instant.parse("2026-03-02T02:00:00Z"), "Prof  Li", null, "Ｒｏｏｍ ３０１");

        assertThat(booking.lockNames()).containsExactly("host:prof li", "venue:room 301");
    }
}
