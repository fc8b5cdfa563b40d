package edu.meridian.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoNulCharactersTest {

    public record Sample(String name, List<String> tags) {
    }

    private final ObjectMapper mapper = mapper();

    @Test
    void textWithANulCharacterIsRefusedWhereverItIs() {
        assertThatThrownBy(() -> mapper.readValue("{\"name\": \"a\\u0000b\"}", Sample.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining(NoNulCharacters.MESSAGE);
        assertThatThrownBy(() -> mapper.readValue("{\"tags\": [\"ok\", \"\\u0000\"]}", Sample.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void otherTextIsReadAsItIs() throws Exception {
        assertThat(mapper.readValue("{\"name\": \"长\\u0007\\u202e\", \"tags\": [\"x\"]}", Sample.class))
                .isEqualTo(new Sample("长\u0007\u202e", List.of("x")));
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new NoNulCharacters().customize(mapper);
        return mapper;
    }
}
