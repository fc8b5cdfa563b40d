package edu.meridian.partners.institution;

public enum InstitutionKind {
    university, hospital, research_institute, government_body, association, company
}
