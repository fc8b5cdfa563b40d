package edu.meridian.testing.archsample.good.institution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.UUID;

@Entity
public class Institution {

    @Id
    UUID id;
}
