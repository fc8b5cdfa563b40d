package edu.meridian.partners.agreement;

/** What a party undertakes, e.g. a tuition waiver for incoming students, housing, insurance. */
public record Obligation(Kind kind, Party party, String description) {

    public enum Kind { tuition_waiver, housing, insurance, stipend, meals, transport, other }

    public enum Party { ours, partner, both }
}
