package org.unitar.learning.shared.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a person sees, in this order: an explicit switch, then the language saved in their profile, then
 * Keycloak's {@code locale} claim, then the browser's {@code Accept-Language}, then English.
 *
 * @param explicitChoice the language chosen with the switcher in this session
 * @param savedChoice the language saved in the profile by an earlier switch
 * @param tokenLocale the {@code locale} claim of the sign-in token
 * @param browserLocales the browser's languages, most wanted first
 */
public record LanguagePreference(String explicitChoice, String savedChoice, String tokenLocale, List<Locale> browserLocales) {

    public Language resolve() {
        return Language.forTag(explicitChoice)
                .or(() -> Language.forTag(savedChoice))
                .or(() -> Language.forTag(tokenLocale))
                .or(this::firstSupportedBrowserLanguage)
                .orElse(Language.DEFAULT);
    }

    private Optional<Language> firstSupportedBrowserLanguage() {
        if (browserLocales == null) {
            return Optional.empty();
        }
        return browserLocales.stream()
                .map(locale -> Language.forTag(locale.toLanguageTag()))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
