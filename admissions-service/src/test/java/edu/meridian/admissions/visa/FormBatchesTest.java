package edu.meridian.admissions.visa;

import edu.meridian.admissions.visa.FormBatches.Code;
import edu.meridian.admissions.visa.FormBatches.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Recording the ministry's batches beside two on the register: A26000001–500 (JW202) and B26000001–100 (JW201). */
class FormBatchesTest {

    static final FormBatch JW202_SPRING = batch(VisaFormType.JW202, "A26000001", "A26000500");
    static final FormBatch JW201_SPRING = batch(VisaFormType.JW201, "B26000001", "B26000100");
    private static final List<FormBatch> RECORDED = List.of(JW202_SPRING, JW201_SPRING);

    static FormBatch batch(VisaFormType type, String first, String last) {
        return new FormBatch(type, FormNumber.parse(first).orElseThrow(), FormNumber.parse(last).orElseThrow());
    }

    @Test
    void theNextRangeOfTheSeriesIsAccepted() {
        assertThat(FormBatches.check(VisaFormType.JW202, "A26000501", "A26001000", RECORDED)).isEmpty();
        assertThat(batch(VisaFormType.JW202, "A26000501", "A26001000").size()).isEqualTo(500);
    }

    @Test
    void aRangeSharingEvenOneNumberWithARecordedBatchIsRefusedWhateverItsType() {
        assertThat(FormBatches.check(VisaFormType.JW202, "A26000500", "A26000900", RECORDED)).containsExactly(
                new Finding(Code.overlaps, Map.of("first", "A26000001", "last", "A26000500")));
        assertThat(FormBatches.check(VisaFormType.JW202, "B26000050", "B26000060", RECORDED))
                .extracting(Finding::code).containsExactly(Code.overlaps);
    }

    @Test
    void theSameDigitsInAnotherSeriesDoNotOverlap() {
        assertThat(FormBatches.check(VisaFormType.JW202, "C26000001", "C26000500", RECORDED)).isEmpty();
        assertThat(FormBatches.check(VisaFormType.JW202, "A026000001", "A026000500", RECORDED))
                .as("ten digits are another series than eight").isEmpty();
    }

    @Test
    void malformedEndsAreNamed() {
        assertThat(FormBatches.check(VisaFormType.JW202, "A2600001X", "", RECORDED)).containsExactly(
                new Finding(Code.malformed_number, Map.of("field", "first", "value", "A2600001X")),
                new Finding(Code.malformed_number, Map.of("field", "last", "value", "")));
    }

    @Test
    void bothEndsOfOneSeriesInOrderAndNotTooMany() {
        assertThat(FormBatches.check(VisaFormType.JW202, "C26000001", "D26000100", RECORDED))
                .extracting(Finding::code).containsExactly(Code.different_series);
        assertThat(FormBatches.check(VisaFormType.JW202, "C26000001", "C2600100", RECORDED))
                .extracting(Finding::code).containsExactly(Code.different_series);
        assertThat(FormBatches.check(VisaFormType.JW202, "C26000100", "C26000001", RECORDED))
                .extracting(Finding::code).containsExactly(Code.reversed_range);
        assertThat(FormBatches.check(VisaFormType.JW202, "C26000001", "C26010000", RECORDED)).isEmpty();
        assertThat(FormBatches.check(VisaFormType.JW202, "C26000001", "C26010001", RECORDED))
                .containsExactly(new Finding(Code.too_large, Map.of("max", 10_000L)));
    }
}
