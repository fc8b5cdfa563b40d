package edu.meridian.testing.archsample.good.agreement;

import edu.meridian.testing.archsample.good.institution.Institution;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import java.util.UUID;

@Entity
public class Agreement {

    @Id
    UUID id;

    String title;

    @ManyToOne
    Institution partner;
}
