package edu.meridian.partners.agreement;

import java.time.LocalDate;
import java.util.UUID;

/** Who signs (or signed) an agreement: on our side or for a partner institution, with the date of signing. */
public record Signatory(Side side, UUID institutionId, String name, String title, LocalDate signedOn) {

    public enum Side { ours, partner }
}
