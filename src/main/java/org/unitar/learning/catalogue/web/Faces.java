package org.unitar.learning.catalogue.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.inject.spi.CDI;
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

    /** The interface language of this request (also before the page's view sets its locale). */
    private static Language language() {
        return CDI.current().select(CurrentLanguage.class).get().getCurrent();
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
