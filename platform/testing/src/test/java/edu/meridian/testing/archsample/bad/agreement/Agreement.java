package edu.meridian.testing.archsample.bad.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.UUID;

@Entity
public class Agreement {

    @Id
    public UUID id;
}
