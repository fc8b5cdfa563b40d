package edu.meridian.admissions.application;

/**
 * A school or university the applicant attended: where (country ISO 3166-1 alpha-2), what they obtained or are
 * studying for, from which year to which ({@code toYear} null while they still study there).
 */
public record EducationEntry(String institution, String country, String qualification, int fromYear, Integer toYear) {
}
