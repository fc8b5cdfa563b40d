package edu.meridian.admissions.visa;

import edu.meridian.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** One delivery of blank forms from the ministry, as the office recorded it; its forms are {@link VisaForm} rows. */
@Entity
@Table(name = "visa_form_batch")
public class ReceivedBatch extends Audited {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public VisaFormType type;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    /** The lowest and highest number of the batch (of a list, too). */
    @Column(name = "first_number")
    public String firstNumber;

    @Column(name = "last_number")
    public String lastNumber;

    public int size;
}
