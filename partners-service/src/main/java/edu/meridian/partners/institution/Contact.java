package edu.meridian.partners.institution;

import java.util.UUID;

/** A person at a partner institution. Personal data: never in events, logs or revision snapshots; erasable. */
public record Contact(UUID id, String name, String role, String email, String phone) {
}
