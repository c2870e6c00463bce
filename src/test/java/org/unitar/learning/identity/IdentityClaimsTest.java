package org.unitar.learning.identity;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityClaimsTest {

    @Test
    void readsTheStandardClaimsAndThePlatformAttributes() {
        IdentityClaims claims = IdentityClaims.from(token(Map.of(
                "sub", "7d3c", "preferred_username", "youssef.alaoui", "name", "يوسف العلوي",
                "email", "youssef@example.ma", "locale", "ar", "organisation", "MA-ORIENTAL", "country", "MA")));

        assertThat(claims).isEqualTo(new IdentityClaims("7d3c", "youssef.alaoui", "يوسف العلوي", "youssef@example.ma",
                "ar", "MA-ORIENTAL", "MA"));
    }

    @Test
    void withoutAFullNameTheGivenAndFamilyNamesOrElseTheUserNameAreShown() {
        assertThat(IdentityClaims.from(token(Map.of("sub", "1", "given_name", "Awa", "family_name", "Ouédraogo"))).displayName())
                .isEqualTo("Awa Ouédraogo");
        assertThat(IdentityClaims.from(token(Map.of("sub", "1", "preferred_username", "awa"))).displayName()).isEqualTo("awa");
    }

    @Test
    void aCountryThatIsNotAnIsoCodeIsDroppedAndLowerCaseIsAccepted() {
        assertThat(IdentityClaims.from(token(Map.of("sub", "1", "country", "Senegal"))).country()).isNull();
        assertThat(IdentityClaims.from(token(Map.of("sub", "1", "country", "sn"))).country()).isEqualTo("SN");
    }

    @Test
    void overLongValuesAreCutToWhatTheProfileStores() {
        IdentityClaims claims = IdentityClaims.from(token(Map.of("sub", "1", "organisation", "x".repeat(500), "name", " ")));
        assertThat(claims.organisation()).hasSize(UserAccount.ORGANISATION_LENGTH);
        assertThat(claims.displayName()).isNull();
    }

    @Test
    void aTokenWithoutSubjectIdentifiesNobody() {
        assertThatThrownBy(() -> IdentityClaims.from(token(Map.of("preferred_username", "someone"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static java.util.function.Function<String, Optional<String>> token(Map<String, String> claims) {
        return name -> Optional.ofNullable(claims.get(name));
    }
}
