package edu.meridian.admissions.visa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A recorded delivery with how many of its forms are blank, issued and voided. */
public record BatchResponse(UUID id, VisaFormType type, LocalDate receivedOn, String firstNumber, String lastNumber,
        int size, long blank, long issued, long voided, Instant createdAt, String createdBy) {

    static BatchResponse from(ReceivedBatch batch, Map<VisaFormStatus, Long> counts) {
        return new BatchResponse(batch.id, batch.type, batch.receivedOn, batch.firstNumber, batch.lastNumber,
                batch.size, counts.getOrDefault(VisaFormStatus.blank, 0L),
                counts.getOrDefault(VisaFormStatus.issued, 0L), counts.getOrDefault(VisaFormStatus.voided, 0L),
                batch.createdAt, batch.createdBy);
    }
}
