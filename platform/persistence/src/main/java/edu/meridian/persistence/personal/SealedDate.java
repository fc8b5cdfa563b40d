package edu.meridian.persistence.personal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.LocalDate;

/** A date of personal data (a passport's expiry) kept sealed in a {@code text} column, like {@link SealedText}. */
@Converter
public class SealedDate implements AttributeConverter<LocalDate, String> {

    @Override
    public String convertToDatabaseColumn(LocalDate plain) {
        return plain == null ? null : SealedText.sealing().seal(plain.toString());
    }

    @Override
    public LocalDate convertToEntityAttribute(String sealed) {
        return sealed == null ? null : LocalDate.parse(SealedText.sealing().open(sealed));
    }
}
