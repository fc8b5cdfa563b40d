package edu.meridian.programmes.call;

import edu.meridian.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A document every application must carry, e.g. {@code transcript}, {@code language-certificate}. */
public record RequiredDocument(
        @NotNull @Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be a short code of lower-case letters, digits and -") String code,
        @NotNull @Valid Text title) {
}
