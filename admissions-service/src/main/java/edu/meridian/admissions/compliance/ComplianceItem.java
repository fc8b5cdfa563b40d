package edu.meridian.admissions.compliance;

/** What a student owes the immigration authorities or the university after coming to China. */
public enum ComplianceItem {
    /** 住宿登记: registering where one stays with the police after arrival. */
    accommodation_registration,
    health_check,
    insurance,
    /** Applying for the study residence permit after entry on an X1 visa. */
    residence_permit,
    /** Applying to extend the residence permit before it expires. */
    permit_renewal,
    /** Registering the new address with the police after moving. */
    address_reregistration,
    /** Changing the address recorded on the residence permit after moving. */
    permit_address_change
}
