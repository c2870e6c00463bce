package org.unitar.learning.shared.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagePreferenceTest {

    private static final List<Locale> FRENCH_BROWSER = List.of(Locale.forLanguageTag("fr-SN"), Locale.ENGLISH);

    @Test
    void anExplicitSwitchWinsOverEverythingElse() {
        assertThat(new LanguagePreference("ar", "es", "fr", FRENCH_BROWSER).resolve()).isEqualTo(Language.ARABIC);
    }

    @Test
    void thenTheLanguageSavedInTheProfile() {
        assertThat(new LanguagePreference(null, "es", "fr", FRENCH_BROWSER).resolve()).isEqualTo(Language.SPANISH);
    }

    @Test
    void thenKeycloaksLocaleClaim() {
        assertThat(new LanguagePreference(null, null, "ar-JO", List.of(Locale.ENGLISH)).resolve()).isEqualTo(Language.ARABIC);
    }

    @Test
    void thenTheFirstBrowserLanguageThePlatformSpeaks() {
        List<Locale> browser = List.of(Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("es-MX"), Locale.FRENCH);
        assertThat(new LanguagePreference(null, null, null, browser).resolve()).isEqualTo(Language.SPANISH);
    }

    @Test
    void thenEnglish() {
        assertThat(new LanguagePreference(null, null, null, List.of(Locale.GERMAN)).resolve()).isEqualTo(Language.ENGLISH);
        assertThat(new LanguagePreference(null, null, null, null).resolve()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void unsupportedOrMalformedValuesAreSkippedNotTrusted() {
        assertThat(new LanguagePreference("xx", "zh-CN", "<script>", FRENCH_BROWSER).resolve()).isEqualTo(Language.FRENCH);
        assertThat(new LanguagePreference("", " ", "a".repeat(100), List.of()).resolve()).isEqualTo(Language.ENGLISH);
    }
}
