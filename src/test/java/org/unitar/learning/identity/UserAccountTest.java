package org.unitar.learning.identity;

import org.junit.jupiter.api.Test;
import org.unitar.learning.shared.i18n.Language;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void aLaterSignInReplacesWhatKeycloakOwnsAndKeepsWhatThePlatformOwns() {
        UserAccount account = UserAccount.firstSignIn(
                new IdentityClaims("s-1", "aminata", "Aminata Diop", "a@old.sn", "fr", "SN-SAINT-LOUIS", "SN"), MONDAY);
        account.chooseLanguage(Language.ARABIC);

        account.signedIn(new IdentityClaims("s-1", "aminata", "Aminata Diop Sarr", null, "en", "SN-DAKAR", "SN"), TUESDAY);

        assertThat(account.displayName()).isEqualTo("Aminata Diop Sarr");
        assertThat(account.email()).isNull();
        assertThat(account.preferredLanguage()).isEqualTo("en");
        assertThat(account.organisation()).isEqualTo("SN-DAKAR");
        assertThat(account.chosenLanguage()).isEqualTo("ar");
        assertThat(account.createdAt()).isEqualTo(MONDAY);
        assertThat(account.lastSignInAt()).isEqualTo(TUESDAY);
    }

    @Test
    void withoutNamesTheSubjectStandsIn() {
        UserAccount account = UserAccount.firstSignIn(new IdentityClaims("s-2", null, null, null, null, null, null), MONDAY);
        assertThat(account.username()).isEqualTo("s-2");
        assertThat(account.displayName()).isEqualTo("s-2");
    }

    @Test
    void aTokenForSomeoneElseCannotUpdateTheProfile() {
        UserAccount account = UserAccount.firstSignIn(new IdentityClaims("s-1", "a", "A", null, null, null, null), MONDAY);
        assertThatThrownBy(() -> account.signedIn(new IdentityClaims("s-2", "b", "B", null, null, null, null), TUESDAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(account.username()).isEqualTo("a");
    }
}
