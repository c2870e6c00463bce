package org.unitar.learning.shared.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.unitar.learning.shared.i18n.ContentLanguage;

/** Stores a content language as its code ({@code ar}, {@code zh}...), as everywhere else in the database. */
@Converter(autoApply = true)
public class ContentLanguageCode implements AttributeConverter<ContentLanguage, String> {

    @Override
    public String convertToDatabaseColumn(ContentLanguage language) {
        return language == null ? null : language.code();
    }

    @Override
    public ContentLanguage convertToEntityAttribute(String code) {
        return code == null ? null : ContentLanguage.forCode(code)
                .orElseThrow(() -> new IllegalStateException("Unknown content language in the database: " + code));
    }
}
