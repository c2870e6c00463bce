package org.unitar.learning.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unitar.learning.identity.IdentityClaims;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.identity.UserAccountRepository;
import org.unitar.learning.shared.audit.AuditLog;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.mail.Mailer;

import java.time.Clock;
import java.time.Instant;

/**
 * Keeps the local profile in step with Keycloak: at every sign-in, and when a person switches language. A person
 * signing in for the first time gets a welcome mail in their language.
 */
@ApplicationScoped
@Transactional
public class SignIn {

    public static final String AUDIT_SIGNED_IN = "identity.signed-in";
    public static final String AUDIT_PROFILE_CREATED = "identity.profile-created";

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "unitar.app.url")
    String appUrl;

    /**
     * Creates or refreshes the profile of the person the token names. A language chosen with the switcher before
     * signing in ({@code languageChosenBefore}, may be null) is saved to the profile.
     */
    public UserAccount signedIn(IdentityClaims claims, Language languageChosenBefore) {
        Instant now = clock.instant();
        UserAccount account = accounts.findBySubject(claims.subject()).orElse(null);
        boolean isNew = account == null;
        if (isNew) {
            account = accounts.add(UserAccount.firstSignIn(claims, now));
            audit.record(claims.subject(), AUDIT_PROFILE_CREATED, "user_account", account.id(), null);
        } else {
            account.signedIn(claims, now);
        }
        if (languageChosenBefore != null) {
            account.chooseLanguage(languageChosenBefore);
        }
        if (isNew && account.email() != null) {
            mailer.queue(account.email(), account.language(), "welcome", account.displayName(), appUrl);
        }
        audit.record(claims.subject(), AUDIT_SIGNED_IN, "user_account", account.id(), null);
        return account;
    }

    /** Saves the language a signed-in person chose with the switcher. */
    public void chooseLanguage(String subject, Language language) {
        accounts.findBySubject(subject).ifPresent(account -> account.chooseLanguage(language));
    }
}
