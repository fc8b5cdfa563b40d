package edu.meridian.programmes.selection;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Why the ranking or the allocation treated an application as it did, as a stable code that clients word in the
 * user's language with the {@link Reason#params() params} named here.
 */
public enum ReasonCode {
    /** Ranking: no reviewer without a declared conflict is assigned; the application must be assigned again. */
    NO_REVIEWER,
    /** Ranking: the assigned {@code reviewer} has not yet scored the {@code criteria} (codes, in the call's order). */
    SCORES_MISSING,
    /** Tie-break: same score as the application ranked just above, which scored higher on {@code criterion}. */
    TIE_CRITERION,
    /** Tie-break: same score and criterion scores as the one just above, which has the higher GPA. */
    TIE_GPA,
    /** Tie-break: equal up to the GPA; the one just above was submitted earlier. */
    TIE_SUBMITTED,
    /** Tie-break: equal up to the submission time; the one just above has the smaller application id. */
    TIE_APPLICATION_ID,
    /**
     * Allocation: {@code choice} (1 = first) at {@code destination} was full when this rank came: its {@code places}
     * went to higher ranks, the last one to rank {@code lastPlaceRank}.
     */
    CHOICE_FULL,
    /** Allocation: {@code choice} at {@code destination} offers no places in this call. */
    CHOICE_WITHOUT_PLACES,
    /** Allocation: a place at {@code destination}, the applicant's {@code choice}. */
    ALLOCATED,
    /** Allocation: every choice was full; {@code position} on the waitlist (1 = first to move up). */
    WAITLISTED;

    /** {@code CHOICE_FULL} → {@code choice-full}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
