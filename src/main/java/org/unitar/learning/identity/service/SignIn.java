package org.unitar.learning.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.unitar.learning.identity.IdentityClaims;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.shared.i18n.Language;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;

/**
 * Keeps the local profile in step with Keycloak: at every sign-in, and when a person switches language. A person
 * signing in for the first time gets a welcome mail in their language.
 */
@ApplicationScoped
public class SignIn {

    public static final String AUDIT_SIGNED_IN = "identity.signed-in";
    public static final String AUDIT_PROFILE_CREATED = "identity.profile-created";
    private static final int ATTEMPTS = 3;

    @Inject
    ProfileUpdate update;

    /**
     * Creates or refreshes the profile of the person the token names. A language chosen with the switcher before
     * signing in ({@code languageChosenBefore}, may be null) is saved to the profile. Sign-ins of one person wait
     * for each other (the profile is locked); when their first sign-ins race (two tabs, two devices), those that
     * lose the race to create the profile try again and find it.
     */
    public UserAccount signedIn(IdentityClaims claims, Language languageChosenBefore) {
        for (int attempt = 1; ; attempt++) {
            try {
                return update.signedIn(claims, languageChosenBefore);
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !lostRace(e)) {
                    throw e;
                }
            }
        }
    }

    /** Saves the language a signed-in person chose with the switcher. */
    public void chooseLanguage(String subject, Language language) {
        update.chooseLanguage(subject, language);
    }

    /** Another transaction created the same profile first, or the database chose this one to undo a deadlock. */
    private static boolean lostRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException || cause instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }
}
