package edu.meridian.admissions.application;

/**
 * The applicant's funding: {@code dispatchingAuthority} for a type A Chinese Government Scholarship, the sponsor's
 * name and country (ISO 3166-1 alpha-2) for a foreign government's sponsorship.
 */
public record Funding(FundingType type, String dispatchingAuthority, String sponsorName, String sponsorCountry) {
}
