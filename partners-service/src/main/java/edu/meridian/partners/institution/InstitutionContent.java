package edu.meridian.partners.institution;

import java.util.List;

/** What a person writes into an institution; texts are stripped and blank ones null. Status changes go through transitions. */
public record InstitutionContent(
        String nameZh,
        String nameEn,
        String localName,
        String abbreviation,
        String country,
        String city,
        InstitutionKind kind,
        String rorId,
        String schacCode,
        String erasmusCode,
        String website,
        List<Contact> contacts,
        List<OrgUnit> units,
        List<String> tags,
        String owner) {

    public InstitutionContent {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        units = units == null ? List.of() : List.copyOf(units);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
