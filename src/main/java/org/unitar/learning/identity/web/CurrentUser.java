package org.unitar.learning.identity.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.shared.i18n.Language;

import java.io.Serializable;

/** The signed-in person's profile as of their sign-in, kept for the session so that pages need no query for it. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long accountId;
    private String subject;
    private String displayName;
    private String chosenLanguage;
    private String preferredLanguage;

    void signedIn(UserAccount account) {
        accountId = account.id();
        subject = account.subject();
        displayName = account.displayName();
        chosenLanguage = account.chosenLanguage();
        preferredLanguage = account.preferredLanguage();
    }

    void choseLanguage(Language language) {
        chosenLanguage = language.code();
    }

    public boolean isSignedIn() {
        return accountId != null;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getSubject() {
        return subject;
    }

    public String getDisplayName() {
        return displayName;
    }

    String chosenLanguage() {
        return chosenLanguage;
    }

    String preferredLanguage() {
        return preferredLanguage;
    }
}
