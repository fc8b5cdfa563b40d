package edu.meridian.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bilingual text, as every name and title in Meridian is: {@code {"zh": "…", "en": "…"}}. */
public record Text(
        @NotBlank @Size(max = 300) String zh,
        @NotBlank @Size(max = 300) String en) {
}
