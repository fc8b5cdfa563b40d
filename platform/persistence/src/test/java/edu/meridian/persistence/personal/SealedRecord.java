package edu.meridian.persistence.personal;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** How a service's entity keeps personal data: one annotation per column. */
@Entity
@Table(name = "test_sealed")
public class SealedRecord {

    @Id
    public UUID id;

    @Convert(converter = SealedText.class)
    public String number;

    @Convert(converter = SealedDate.class)
    public LocalDate expiry;
}
