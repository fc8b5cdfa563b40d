package edu.meridian.programmes.selection;

/** What the allocation gave an application. */
public enum AllocationOutcome { allocated, waitlisted }
