package edu.meridian.programmes.mobility;

/**
 * Who approves a learning agreement: the participant, the home unit (its college liaison) and the host (the office
 * records the host's approval, which comes by other means).
 */
public enum Party { student, home, host }
