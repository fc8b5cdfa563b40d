package edu.meridian.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;

/**
 * A CloudEvents 1.0 event in structured JSON mode, as Meridian publishes and consumes it.
 *
 * <p>Consumers tolerate what producers may add: extension attributes on the envelope are ignored, and
 * {@link #data(Class)} reads {@code data} into the consumer's own record, ignoring fields it does not know.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String dataschema,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    private static final ObjectMapper TOLERANT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /**
     * The payload as the consumer's own record (consumers own their event types; none are shared). Fields the
     * record does not declare are ignored, so a producer may add fields without breaking this consumer.
     *
     * @throws IllegalArgumentException when {@code data} is missing or does not fit the record
     */
    public <T> T data(Class<T> type) {
        if (data == null || data.isNull()) {
            throw new IllegalArgumentException("Event " + id + " (" + this.type + ") has no data");
        }
        try {
            return TOLERANT.treeToValue(data, type);
        } catch (Exception e) {
            throw new IllegalArgumentException("Data of event " + id + " (" + this.type + ") does not fit "
                    + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
