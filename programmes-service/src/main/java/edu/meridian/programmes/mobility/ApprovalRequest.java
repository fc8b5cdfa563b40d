package edu.meridian.programmes.mobility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** For which party the caller approves the learning agreement: {@code student}, {@code home} or {@code host}. */
public record ApprovalRequest(@NotBlank @Size(max = 20) String party) {
}
