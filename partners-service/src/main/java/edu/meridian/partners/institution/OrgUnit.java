package edu.meridian.partners.institution;

import edu.meridian.web.Text;

import java.util.UUID;

/** A faculty or department of a partner institution. */
public record OrgUnit(UUID id, Text name) {
}
