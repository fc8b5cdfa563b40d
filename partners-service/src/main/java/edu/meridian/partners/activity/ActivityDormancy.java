package edu.meridian.partners.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** Whether an institution was dormant when the dormancy check last told others, and since when. */
@Entity
@Table(name = "activity_dormancy")
public class ActivityDormancy {

    @Id
    @Column(name = "institution_id")
    public UUID institutionId;

    public boolean dormant;

    @Column(name = "last_activity")
    public LocalDate lastActivity;

    @Column(name = "changed_on")
    public LocalDate changedOn;

    @Column(name = "checked_on")
    public LocalDate checkedOn;
}
