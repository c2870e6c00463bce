package org.unitar.learning.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.unitar.learning.shared.i18n.Language;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's local profile. Created at their first sign-in and refreshed from the token at every later one, so
 * Keycloak stays the source of truth for who they are; the platform adds only what is its own (the language they
 * chose with the switcher). Other parts refer to a person by this id. No password is ever stored.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int SUBJECT_LENGTH = 255;
    public static final int USERNAME_LENGTH = 255;
    public static final int DISPLAY_NAME_LENGTH = 255;
    public static final int EMAIL_LENGTH = 255;
    public static final int LANGUAGE_LENGTH = 35;
    public static final int ORGANISATION_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Keycloak's id for the person ({@code sub}); never changes. */
    @Column(nullable = false, updatable = false, unique = true, length = SUBJECT_LENGTH)
    private String subject;

    @Column(nullable = false, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    private String displayName;

    @Column(length = EMAIL_LENGTH)
    private String email;

    /** The {@code locale} claim: the language the person prefers in Keycloak. */
    @Column(name = "preferred_language", length = LANGUAGE_LENGTH)
    private String preferredLanguage;

    /** The language the person chose with the platform's switcher; wins over everything else. */
    @Column(name = "chosen_language", length = LANGUAGE_LENGTH)
    private String chosenLanguage;

    /** The {@code organisation} claim: the code of the organisation Keycloak says the person works for. */
    @Column(length = ORGANISATION_LENGTH)
    private String organisation;

    @Column(length = 2)
    private String country;

    /** The organisation the person works for, as the platform keeps it (see {@link #linkTo}). */
    @Column(name = "organisation_id")
    private Long organisationId;

    /** When an administrator disabled the person in Keycloak; null while they may sign in. */
    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    /** When the person was anonymised on request; null for everyone else. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Null for a person imported for a workshop who has not signed in yet. */
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    /** The profile of a person signing in for the first time. */
    public static UserAccount firstSignIn(IdentityClaims claims, Instant now) {
        UserAccount account = new UserAccount();
        account.subject = claims.subject();
        account.createdAt = now;
        account.signedIn(claims, now);
        return account;
    }

    /**
     * The profile of a person imported for a workshop, made from what the list said about them (as Keycloak was told
     * it), before they ever sign in; their first sign-in then refreshes it from the token.
     */
    public static UserAccount imported(IdentityClaims claims, Instant now) {
        UserAccount account = firstSignIn(claims, now);
        account.lastSignInAt = null;
        return account;
    }

    /** Refreshes the profile from the token of a new sign-in: Keycloak's values replace the stored ones. */
    public void signedIn(IdentityClaims claims, Instant now) {
        if (!subject.equals(claims.subject())) {
            throw new IllegalArgumentException("The token is for another person");
        }
        username = claims.username() == null ? subject : claims.username();
        displayName = claims.displayName() == null ? username : claims.displayName();
        email = claims.email();
        preferredLanguage = claims.locale();
        organisation = claims.organisation();
        country = claims.country();
        lastSignInAt = Objects.requireNonNull(now);
    }

    /** Links the person to the organisation they work for (an administrator's choice, or the token's code). */
    public void linkTo(Organisation organisation) {
        organisationId = organisation == null ? null : organisation.id();
    }

    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    /** Records that the person was disabled in Keycloak (at {@code now}), or enabled again ({@code now} null). */
    public void deactivated(Instant now) {
        deactivatedAt = now;
    }

    /**
     * Forgets who the person is: name, user name, email, organisation, country and languages are replaced or
     * emptied; the id and Keycloak's subject stay, so what they did (progress, attempts, certificates as issued, the
     * audit record) still adds up, under an id that no longer names anyone.
     */
    public void anonymise(Instant now) {
        username = "anonymised-" + id;
        displayName = username;
        email = null;
        preferredLanguage = null;
        chosenLanguage = null;
        organisation = null;
        organisationId = null;
        country = null;
        anonymisedAt = Objects.requireNonNull(now);
        deactivatedAt = now;
    }

    public Optional<Instant> anonymisedAt() {
        return Optional.ofNullable(anonymisedAt);
    }

    public Optional<Instant> deactivatedAt() {
        return Optional.ofNullable(deactivatedAt);
    }

    public void chooseLanguage(Language language) {
        chosenLanguage = language.code();
    }

    /** The language to write to the person in when they are not on a page: the one they chose, else Keycloak's. */
    public Language language() {
        return Language.forTag(chosenLanguage).or(() -> Language.forTag(preferredLanguage)).orElse(Language.DEFAULT);
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public String chosenLanguage() {
        return chosenLanguage;
    }

    public String organisation() {
        return organisation;
    }

    public String country() {
        return country;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }
}
