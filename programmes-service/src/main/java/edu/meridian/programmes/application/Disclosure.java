package edu.meridian.programmes.application;

/**
 * How much of an application a reader sees. {@code PERSONAL}: everything (the applicant and the office).
 * {@code UNIT}: without the statement (the college liaison of the applicant's unit, who endorses its candidates on
 * their grades and language). {@code FACTS}: what is published about it — call, applicant id, unit, choices, state —
 * (campus systems).
 */
enum Disclosure {
    PERSONAL, UNIT, FACTS;

    boolean statement() {
        return this == PERSONAL;
    }

    boolean record() {
        return this != FACTS;
    }
}
