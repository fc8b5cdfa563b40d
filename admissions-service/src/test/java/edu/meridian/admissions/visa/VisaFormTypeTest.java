package edu.meridian.admissions.visa;

import edu.meridian.admissions.application.FundingType;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class VisaFormTypeTest {

    @Test
    void onlyChineseGovernmentScholarsOfTypeAAndBGetTheJw201() {
        assertThat(Arrays.stream(FundingType.values()).filter(funding -> VisaFormType.forFunding(funding)
                == VisaFormType.JW201)).containsExactly(
                FundingType.csc_type_a, FundingType.csc_type_b);
        assertThat(VisaFormType.forFunding(FundingType.foreign_government)).isEqualTo(VisaFormType.JW202);
        assertThat(VisaFormType.forFunding(FundingType.self_funded)).isEqualTo(VisaFormType.JW202);
        assertThat(VisaFormType.forFunding(FundingType.university_scholarship)).isEqualTo(VisaFormType.JW202);
    }
}
