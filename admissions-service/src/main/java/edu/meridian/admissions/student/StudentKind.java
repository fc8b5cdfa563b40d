package edu.meridian.admissions.student;

/** A degree student registered from their admission, or an exchange student a partner sent for a stay. */
public enum StudentKind {
    degree, exchange
}
