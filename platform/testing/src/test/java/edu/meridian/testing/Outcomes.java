package edu.meridian.testing;

import org.junit.jupiter.api.DynamicTest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Runs the dynamic tests a runner made and keeps how each ended, so a test can check that the right ones fail. */
record Outcomes(Map<String, Throwable> failures, List<String> names) {

    static Outcomes of(Stream<DynamicTest> tests) {
        Map<String, Throwable> failures = new LinkedHashMap<>();
        List<String> names = tests.map(test -> {
            try {
                test.getExecutable().execute();
            } catch (Throwable failure) {
                failures.put(test.getDisplayName(), failure);
            }
            return test.getDisplayName();
        }).toList();
        return new Outcomes(failures, names);
    }

    List<String> failed() {
        return List.copyOf(failures.keySet());
    }
}
