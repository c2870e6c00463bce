package org.unitar.learning.shared.i18n;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One text in as many content languages as it has been written in: the translation storage of everything an
 * author writes (course texts now; questions and certificate templates later). Read it in a language with a
 * fallback; ask it which languages it still lacks.
 */
@Entity
@Table(name = "translated_text")
public class TranslatedText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Also gives the row a column besides its id, which JPA needs to insert it. */
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "translated_text_value", joinColumns = @JoinColumn(name = "text_id"))
    @MapKeyColumn(name = "language", length = 8)
    @Lob
    @Column(name = "value", nullable = false)
    private Map<String, String> values = new HashMap<>();

    public TranslatedText() {
    }

    public static TranslatedText of(ContentLanguage language, String text) {
        TranslatedText translated = new TranslatedText();
        translated.set(language, text);
        return translated;
    }

    /** Sets the text in {@code language}; a blank text removes that translation. */
    public void set(ContentLanguage language, String text) {
        if (text == null || text.isBlank()) {
            values.remove(language.code());
        } else {
            values.put(language.code(), text);
        }
    }

    public Optional<String> in(ContentLanguage language) {
        return Optional.ofNullable(values.get(language.code()));
    }

    /** The text in {@code language}, else in {@code fallback}, else empty. */
    public String in(ContentLanguage language, ContentLanguage fallback) {
        return in(language).or(() -> in(fallback)).orElse("");
    }

    /** The languages of {@code wanted} this text has not been written in yet. */
    public Set<ContentLanguage> missing(Set<ContentLanguage> wanted) {
        Set<ContentLanguage> missing = EnumSet.noneOf(ContentLanguage.class);
        wanted.stream().filter(l -> !values.containsKey(l.code())).forEach(missing::add);
        return missing;
    }

    /** Every translation, by language. */
    public Map<ContentLanguage, String> all() {
        Map<ContentLanguage, String> all = new EnumMap<>(ContentLanguage.class);
        values.forEach((code, text) -> ContentLanguage.forCode(code).ifPresent(l -> all.put(l, text)));
        return all;
    }

    /** Whether it has not been written in any language. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** A new text with the same translations (for a new revision of what owns it). */
    public TranslatedText copy() {
        TranslatedText copy = new TranslatedText();
        copy.values.putAll(values);
        return copy;
    }

    public Long id() {
        return id;
    }
}
