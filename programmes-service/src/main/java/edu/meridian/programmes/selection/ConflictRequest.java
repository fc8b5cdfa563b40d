package edu.meridian.programmes.selection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reviewer declares a conflict of interest with an application, saying what it is. */
public record ConflictRequest(@NotBlank @Size(max = 2000) String reason) {
}
