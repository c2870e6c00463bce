package org.unitar.learning.shared.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @Test
    void tagsWithRegionOrUnderscoreFindTheirLanguage() {
        assertThat(Language.forTag("fr-SN")).contains(Language.FRENCH);
        assertThat(Language.forTag("ar_JO")).contains(Language.ARABIC);
        assertThat(Language.forTag("ES")).contains(Language.SPANISH);
    }

    @Test
    void onlyArabicIsRightToLeft() {
        for (Language language : Language.values()) {
            assertThat(language.direction()).isEqualTo(language == Language.ARABIC ? "rtl" : "ltr");
        }
    }

    @Test
    void languagesThePlatformDoesNotSpeakAreNotFound() {
        assertThat(Language.forTag("ru")).isEmpty();
        assertThat(Language.forTag(null)).isEmpty();
        assertThat(Language.forTag("not a language tag at all")).isEmpty();
    }
}
