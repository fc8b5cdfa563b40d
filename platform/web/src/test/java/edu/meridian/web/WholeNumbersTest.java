package edu.meridian.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WholeNumbersTest {

    record Score(int points, Long places, Integer year) {
    }

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new WholeNumbers().customize(mapper);
        return mapper;
    }

    @Test
    void wholeNumbersAreRead() throws Exception {
        assertThat(mapper().readValue("{\"points\": 80, \"places\": 3, \"year\": null}", Score.class))
                .isEqualTo(new Score(80, 3L, null));
    }

    @Test
    void fractionsIntoWholeNumberFieldsAreAnInvalidFormatOfTheirField() {
        for (String body : new String[] {"{\"points\": 80.5}", "{\"places\": 1.5}", "{\"year\": 2.0e0}"}) {
            assertThatThrownBy(() -> mapper().readValue(body, Score.class)).as(body)
                    .isInstanceOf(InvalidFormatException.class)
                    .satisfies(e -> assertThat(((InvalidFormatException) e).getPath()).hasSize(1));
        }
    }
}
