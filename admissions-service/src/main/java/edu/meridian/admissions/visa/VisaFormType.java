package edu.meridian.admissions.visa;

/**
 * The visa application form for study in China that goes with the admission letter: JW201 for holders of a Chinese
 * Government Scholarship (type A or B), JW202 for everyone else, foreign-government sponsored students included.
 */
public enum VisaFormType {
    JW201, JW202;

    public static VisaFormType forFunding(FundingType funding) {
        return switch (funding) {
            case chinese_government_type_a, chinese_government_type_b -> JW201;
            case self_funded, foreign_government, university_scholarship -> JW202;
        };
    }
}
