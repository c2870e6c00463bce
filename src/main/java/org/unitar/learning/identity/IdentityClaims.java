package org.unitar.learning.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the sign-in token says about a person, cleaned for storage: over-long values are cut to the column sizes of
 * {@link UserAccount}, a country that is not an ISO 3166-1 alpha-2 code is dropped.
 */
public record IdentityClaims(String subject, String username, String displayName, String email, String locale,
                             String organisation, String country) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public IdentityClaims {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A sign-in token without a subject cannot identify a person");
        }
        subject = cut(subject, UserAccount.SUBJECT_LENGTH);
        username = cut(username, UserAccount.USERNAME_LENGTH);
        displayName = cut(displayName, UserAccount.DISPLAY_NAME_LENGTH);
        email = cut(email, UserAccount.EMAIL_LENGTH);
        locale = cut(locale, UserAccount.LANGUAGE_LENGTH);
        organisation = cut(organisation, UserAccount.ORGANISATION_LENGTH);
        country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        country = country != null && COUNTRY.matcher(country).matches() ? country : null;
    }

    /**
     * Reads the standard OpenID Connect claims ({@code sub}, {@code preferred_username}, {@code name},
     * {@code given_name}, {@code family_name}, {@code email}, {@code locale}) and the platform's
     * {@code organisation} and {@code country}.
     */
    public static IdentityClaims from(Function<String, Optional<String>> claim) {
        String username = claim.apply("preferred_username").orElse(null);
        String name = claim.apply("name")
                .or(() -> joined(claim.apply("given_name"), claim.apply("family_name")))
                .orElse(username);
        return new IdentityClaims(
                claim.apply("sub").orElse(null),
                username,
                name,
                claim.apply("email").orElse(null),
                claim.apply("locale").orElse(null),
                claim.apply("organisation").orElse(null),
                claim.apply("country").orElse(null));
    }

    private static Optional<String> joined(Optional<String> first, Optional<String> last) {
        String joined = (first.orElse("") + " " + last.orElse("")).strip();
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    private static String cut(String value, int length) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        return stripped.length() <= length ? stripped : stripped.substring(0, length);
    }
}
