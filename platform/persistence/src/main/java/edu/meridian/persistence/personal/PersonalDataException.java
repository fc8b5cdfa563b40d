package edu.meridian.persistence.personal;

/**
 * A sealed value that cannot be opened: changed in the database, cut short, or sealed with a key that is no longer
 * configured. Its message never holds the value.
 */
public class PersonalDataException extends RuntimeException {

    public PersonalDataException(String message) {
        super(message);
    }

    PersonalDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
