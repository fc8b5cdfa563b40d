package edu.meridian.partners;

public enum InstitutionKind {
    university, hospital, research_institute, government_body, association, company
}
