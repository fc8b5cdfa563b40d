package edu.meridian.programmes.call;

import edu.meridian.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A selection criterion reviewers score; the weights of a call's criteria add up to 100 (per cent). */
public record Criterion(
        @NotNull @Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be a short code of lower-case letters, digits and -") String code,
        @NotNull @Valid Text title,
        @Min(1) @Max(100) int weight) {
}
