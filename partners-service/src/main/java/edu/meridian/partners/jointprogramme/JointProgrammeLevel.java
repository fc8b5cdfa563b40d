package edu.meridian.partners.jointprogramme;

/** The level of study of a joint programme: 专科 associate, 本科 bachelor, 硕士 master, 博士 doctoral. */
public enum JointProgrammeLevel {
    associate, bachelor, master, doctoral
}
