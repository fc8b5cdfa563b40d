package edu.meridian.admissions.programme;

import edu.meridian.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** One start of a programme (the coming September, say): its places and the window in which applications come. */
@Entity
@Table(name = "intake")
public class Intake extends Audited {

    @Id
    public UUID id;

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "applications_open")
    public LocalDate applicationsOpen;

    @Column(name = "applications_close")
    public LocalDate applicationsClose;

    public int places;

    /** Applications are taken from the window's first day to the end of its last (the university's dates). */
    public boolean takesApplications(LocalDate today) {
        return !today.isBefore(applicationsOpen) && !today.isAfter(applicationsClose);
    }

    void apply(IntakeContent content) {
        startsOn = content.startsOn();
        applicationsOpen = content.applicationsOpen();
        applicationsClose = content.applicationsClose();
        places = content.places();
    }
}
