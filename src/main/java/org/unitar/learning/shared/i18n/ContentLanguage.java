package org.unitar.learning.shared.i18n;

import java.util.Arrays;
import java.util.Optional;

/**
 * The languages course content can be written in: the six official languages of the United Nations. (The
 * interface itself speaks the {@link Language}s.) Each names itself in its own language.
 */
public enum ContentLanguage {

    ARABIC("ar", "العربية", true),
    CHINESE("zh", "中文", false),
    ENGLISH("en", "English", false),
    FRENCH("fr", "Français", false),
    RUSSIAN("ru", "Русский", false),
    SPANISH("es", "Español", false);

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    ContentLanguage(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public static Optional<ContentLanguage> forCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /** The content language of an interface language (every interface language is one). */
    public static ContentLanguage of(Language language) {
        return forCode(language.code()).orElseThrow();
    }
}
