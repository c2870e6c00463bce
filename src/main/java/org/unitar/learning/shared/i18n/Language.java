package org.unitar.learning.shared.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the platform's interface is delivered in. Each names itself in its own language, for the language
 * switcher. Adding one means a new bundle file and a line here.
 */
public enum Language {

    ENGLISH("en", "English", false),
    FRENCH("fr", "Français", false),
    SPANISH("es", "Español", false),
    ARABIC("ar", "العربية", true);

    public static final Language DEFAULT = ENGLISH;

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    /** The supported language for a tag such as {@code fr}, {@code fr-SN} or {@code ar_JO}, if there is one. */
    public static Optional<Language> forTag(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.code.equals(language)).findFirst();
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public boolean isRightToLeft() {
        return rightToLeft;
    }

    /** {@code rtl} or {@code ltr}, for the {@code dir} attribute. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }
}
