package edu.meridian.admissions.visa;

import edu.meridian.admissions.application.FundingType;

/**
 * The visa application form for study in China that goes with the admission letter: JW201 for holders of a Chinese
 * Government Scholarship (type A or B), JW202 for everyone else, foreign-government sponsored students included.
 */
public enum VisaFormType {
    JW201, JW202;

    public static VisaFormType forFunding(FundingType funding) {
        return funding.chineseGovernmentScholarship() ? JW201 : JW202;
    }
}
