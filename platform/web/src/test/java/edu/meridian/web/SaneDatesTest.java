package edu.meridian.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SaneDatesTest {

    record Term(LocalDate from) {
    }

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new SaneDates().customize(mapper);
        return mapper;
    }

    @Test
    void datesFrom1900To2200AreRead() throws Exception {
        assertThat(mapper().readValue("{\"from\": \"1900-01-01\"}", Term.class).from()).isEqualTo(SaneDates.EARLIEST);
        assertThat(mapper().readValue("{\"from\": \"2200-12-31\"}", Term.class).from()).isEqualTo(SaneDates.LATEST);
        assertThat(mapper().readValue("{\"from\": null}", Term.class).from()).isNull();
    }

    @Test
    void datesOutsideAreAnInvalidFormatOfTheirField() {
        for (String far : new String[] {"1899-12-31", "2201-01-01", "0001-01-01", "+99999-01-01"}) {
            assertThatThrownBy(() -> mapper().readValue("{\"from\": \"" + far + "\"}", Term.class))
                    .as(far).isInstanceOfSatisfying(InvalidFormatException.class,
                            e -> assertThat(e.getPath().get(0).getFieldName()).isEqualTo("from"));
        }
    }

    @Test
    void queryParametersKeepTheSameBounds() {
        var converter = new QueryParamConverters().getConverter(LocalDate.class, LocalDate.class,
                new java.lang.annotation.Annotation[] {queryParam("from")});
        assertThat(converter.fromString("2026-03-02")).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> converter.fromString("3000-01-01")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().errors().get(0).field()).isEqualTo("from"));
    }

    static jakarta.ws.rs.QueryParam queryParam(String name) {
        return new jakarta.ws.rs.QueryParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return jakarta.ws.rs.QueryParam.class;
            }
        };
    }
}
