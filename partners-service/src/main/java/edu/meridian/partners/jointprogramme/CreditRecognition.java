package edu.meridian.partners.jointprogramme;

import edu.meridian.web.Text;

import java.math.BigDecimal;

/** One row of a joint programme's credit-recognition table: our course and the partner's course it stands for. */
public record CreditRecognition(OurCourse ourCourse, PartnerCourse partnerCourse) {

    public record OurCourse(String code, Text name, BigDecimal credits) {
    }

    /** The partner's course, named in the partner's language, with credits in the partner's system. */
    public record PartnerCourse(String code, String name, BigDecimal credits) {
    }
}
