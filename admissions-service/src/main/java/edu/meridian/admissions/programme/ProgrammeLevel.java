package edu.meridian.admissions.programme;

/** The level of a degree programme; a Chinese language programme is non-degree. */
public enum ProgrammeLevel {
    bachelor, master, doctoral, non_degree
}
