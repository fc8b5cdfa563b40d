package edu.meridian.admissions.programme;

/** The language a programme is taught in, which decides the language test its applicants show. */
public enum InstructionLanguage {
    en, zh
}
