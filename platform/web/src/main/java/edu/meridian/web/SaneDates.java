package edu.meridian.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

/**
 * Dates people and campus systems send are between 1900 and 2200: a year 0001 or 99999 is a typo, and further on it
 * would reach date arithmetic and the database as a 5xx. Request bodies and query parameters refuse them with 400.
 */
@Singleton
public class SaneDates implements ObjectMapperCustomizer {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    public static final String MESSAGE = "must be a date between " + EARLIEST + " and " + LATEST;
    /** The params of a {@link FieldErrorCode#DATE_RANGE} error. */
    public static final Map<String, Object> RANGE = Map.of("from", EARLIEST.toString(), "to", LATEST.toString());

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** After Quarkus' own customizers, so that its registration of the Java time types does not replace this one. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("sane-dates").addDeserializer(LocalDate.class, new Bounded()));
    }

    /** Jackson's own reading of dates (with any {@code @JsonFormat} of the field), then the bounds. */
    static final class Bounded extends StdDeserializer<LocalDate> implements ContextualDeserializer {

        private final JsonDeserializer<?> read;

        Bounded() {
            this(LocalDateDeserializer.INSTANCE);
        }

        private Bounded(JsonDeserializer<?> read) {
            super(LocalDate.class);
            this.read = read;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            return new Bounded(read instanceof ContextualDeserializer contextual
                    ? contextual.createContextual(context, property) : read);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = (LocalDate) read.deserialize(parser, context);
            if (date != null && !contains(date)) {
                throw InvalidFormatException.from(parser, MESSAGE, date, LocalDate.class);
            }
            return date;
        }
    }
}
