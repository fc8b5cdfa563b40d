package edu.meridian.admissions.visa;

import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Blank forms of one type received from the ministry: every number from {@code first} to {@code last}. */
public record FormBatch(VisaFormType type, FormNumber first, FormNumber last) {

    public FormBatch {
        if (!first.sameSeries(last) || last.serial() < first.serial()) {
            throw new IllegalArgumentException("Not a range: " + first + " to " + last);
        }
    }

    public long size() {
        return last.serial() - first.serial() + 1;
    }

    public boolean contains(FormNumber number) {
        return first.sameSeries(number) && number.serial() >= first.serial() && number.serial() <= last.serial();
    }

    public boolean overlaps(FormBatch other) {
        return first.sameSeries(other.first)
                && first.serial() <= other.last.serial() && other.first.serial() <= last.serial();
    }

    public Stream<FormNumber> numbers() {
        return LongStream.range(0, size()).mapToObj(first::plus);
    }
}
