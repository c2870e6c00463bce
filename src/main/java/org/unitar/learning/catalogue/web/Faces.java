package org.unitar.learning.catalogue.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.unitar.learning.identity.web.CurrentLanguage;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;

/** What the authoring pages' beans share: messages in the reader's language, kept across a redirect or not. */
public final class Faces {

    private Faces() {
    }

    public static Messages words() {
        return Messages.in(language());
    }

    /** The reader's content language (the interface language they read). */
    public static ContentLanguage reader() {
        return ContentLanguage.of(language());
    }

    /**
     * The interface language of this request (also before the page's view sets its locale), read as pages read it:
     * {@code CDI.current()} would cost a walk of the thread's stack on every call in Payara.
     */
    private static Language language() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().evaluateExpressionGet(faces, "#{language}", CurrentLanguage.class).getCurrent();
    }

    /** A message shown on the page after the redirect that follows a successful action. */
    public static void flash(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, words().format(key), null));
    }

    public static void error(String clientId, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, words().format(key), null));
        faces.validationFailed();
    }
}
