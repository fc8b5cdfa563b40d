package edu.meridian.admissions.visa;

import edu.meridian.admissions.visa.FormIssue.Refusal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static edu.meridian.admissions.visa.FormBatchesTest.batch;
import static org.assertj.core.api.Assertions.assertThat;

class FormIssueTest {

    private static final FormBatch FIRST = batch(VisaFormType.JW202, "A26000001", "A26000003");
    private static final FormBatch JW201 = batch(VisaFormType.JW201, "B26000001", "B26000100");
    private static final FormBatch SECOND = batch(VisaFormType.JW202, "A26000501", "A26000502");
    private static final List<FormBatch> BATCHES = List.of(FIRST, JW201, SECOND);

    private static FormNumber number(String text) {
        return FormNumber.parse(text).orElseThrow();
    }

    @Test
    void theLowestFreeNumberOfTheFirstBatchOfTheType() {
        assertThat(FormIssue.nextFree(VisaFormType.JW202, BATCHES, Set.of(), Set.of()))
                .contains(number("A26000001"));
        assertThat(FormIssue.nextFree(VisaFormType.JW201, BATCHES, Set.of(), Set.of()))
                .contains(number("B26000001"));
        assertThat(FormIssue.nextFree(VisaFormType.JW202, BATCHES, Set.of(number("A26000001")), Set.of()))
                .contains(number("A26000002"));
    }

    @Test
    void aVoidedNumberIsSkippedSoAReissueTakesANewOne() {
        Set<FormNumber> issued = Set.of(number("A26000001"));
        Set<FormNumber> voided = Set.of(number("A26000002"));

        assertThat(FormIssue.nextFree(VisaFormType.JW202, BATCHES, issued, voided)).contains(number("A26000003"));
    }

    @Test
    void whenABatchIsUsedUpTheNextOneServesAndThenNoneIsLeft() {
        Set<FormNumber> firstBatch = Set.of(number("A26000001"), number("A26000002"), number("A26000003"));

        assertThat(FormIssue.nextFree(VisaFormType.JW202, BATCHES, firstBatch, Set.of()))
                .contains(number("A26000501"));
        assertThat(FormIssue.nextFree(VisaFormType.JW202, BATCHES, firstBatch,
                Set.of(number("A26000501"), number("A26000502")))).isEmpty();
    }

    @Test
    void aNumberPickedByHandMustBeAFreeOneOfTheRightType() {
        Set<FormNumber> issued = Set.of(number("A26000001"));
        Set<FormNumber> voided = Set.of(number("A26000002"));

        assertThat(FormIssue.refusal(number("A26000003"), VisaFormType.JW202, BATCHES, issued, voided)).isEmpty();
        assertThat(FormIssue.refusal(number("A26000001"), VisaFormType.JW202, BATCHES, issued, voided))
                .contains(Refusal.already_issued);
        assertThat(FormIssue.refusal(number("A26000002"), VisaFormType.JW202, BATCHES, issued, voided))
                .contains(Refusal.voided);
        assertThat(FormIssue.refusal(number("B26000007"), VisaFormType.JW202, BATCHES, issued, voided))
                .contains(Refusal.other_form_type);
        assertThat(FormIssue.refusal(number("A26000004"), VisaFormType.JW202, BATCHES, issued, voided))
                .contains(Refusal.not_in_a_batch);
        assertThat(FormIssue.refusal(number("A26000004"), VisaFormType.JW202, List.of(), Set.of(), Set.of()))
                .isEqualTo(Optional.of(Refusal.not_in_a_batch));
    }
}
