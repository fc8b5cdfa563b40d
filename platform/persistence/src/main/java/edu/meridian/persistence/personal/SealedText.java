package edu.meridian.persistence.personal;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A text column of personal data: the entity holds the plain value, the column only the sealed one
 * ({@code @Convert(converter = SealedText.class)} on a {@code text} column).
 */
@Converter
public class SealedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plain) {
        return sealing().seal(plain);
    }

    @Override
    public String convertToEntityAttribute(String sealed) {
        return sealing().open(sealed);
    }

    static Sealing sealing() {
        return CDI.current().select(PersonalData.class).get().sealing();
    }
}
