package edu.meridian.programmes.mobility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The participant's report on their stay. */
public record ReportRequest(@NotBlank @Size(max = 10000) String report) {
}
