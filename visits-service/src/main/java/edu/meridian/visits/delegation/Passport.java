package edu.meridian.visits.delegation;

import java.time.LocalDate;

/** A guest's passport as given: its number (upper case, letters and digits) and expiry. Personal data. */
public record Passport(String number, LocalDate expiry) {

    @Override
    public String toString() {
        return "Passport[sealed]";
    }
}
