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

/** The transactions behind {@link SignIn}: each is find, one domain call, store (with its audit line and mail). */
@ApplicationScoped
@Transactional
class ProfileUpdate {

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Mailer mailer;

    @Inject
    Organisations organisations;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "unitar.app.url")
    String appUrl;

    UserAccount signedIn(IdentityClaims claims, Language languageChosenBefore) {
        Instant now = clock.instant();
        UserAccount account = accounts.lockBySubject(claims.subject()).orElse(null);
        boolean isNew = account == null;
        if (isNew) {
            account = accounts.add(UserAccount.firstSignIn(claims, now));
            audit.record(claims.subject(), SignIn.AUDIT_PROFILE_CREATED, "user_account", account.id(), null);
        } else {
            account.signedIn(claims, now);
        }
        if (account.organisationId().isEmpty() && claims.organisation() != null) {
            organisations.byCode(claims.organisation()).ifPresent(account::linkTo);
        }
        if (languageChosenBefore != null) {
            account.chooseLanguage(languageChosenBefore);
        }
        if (isNew && account.email() != null) {
            mailer.queue(account.email(), account.language(), "welcome", account.displayName(), appUrl);
        }
        audit.record(claims.subject(), SignIn.AUDIT_SIGNED_IN, "user_account", account.id(), null);
        return account;
    }

    void chooseLanguage(String subject, Language language) {
        accounts.lockBySubject(subject).ifPresent(account -> account.chooseLanguage(language));
    }
}
