package edu.meridian.partners.agreement;

public enum AgreementKind {
    memorandum, student_exchange, staff_exchange, joint_degree, dual_degree, articulation, summer_school, research,
    clinical_training, scholarship_scheme, erasmus_iia
}
