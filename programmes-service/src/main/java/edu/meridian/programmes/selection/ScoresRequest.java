package edu.meridian.programmes.selection;

import jakarta.validation.constraints.NotNull;

import java.util.Map;

/** A reviewer's scores so far: per criterion code of the call, a whole number 0–100. */
public record ScoresRequest(@NotNull Map<String, Integer> scores) {
}
