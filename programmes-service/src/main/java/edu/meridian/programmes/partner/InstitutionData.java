package edu.meridian.programmes.partner;

import edu.meridian.web.Text;

import java.util.UUID;

/** What this service reads of the {@code data} of partners' institution events; other fields are ignored. */
record InstitutionData(UUID institutionId, Text name, String abbreviation, String country, Text countryName,
        String status, long version) {
}
