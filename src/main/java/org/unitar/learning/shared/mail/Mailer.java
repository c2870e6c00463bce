package org.unitar.learning.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;

import java.time.Clock;

/**
 * Sends the platform's mail, in the recipient's language, from the templates {@code mail.<template>.subject} and
 * {@code mail.<template>.body} of the message bundle. {@link #queue} joins the caller's transaction: the mail
 * goes out (through {@link MailDelivery}) only if that transaction commits.
 */
@ApplicationScoped
@Transactional
public class Mailer {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public OutgoingMail queue(String recipient, Language language, String template, Object... arguments) {
        Messages words = Messages.in(language);
        OutgoingMail mail = new OutgoingMail(recipient, language.code(), template,
                words.format("mail." + template + ".subject", arguments),
                words.format("mail." + template + ".body", arguments),
                clock.instant());
        em.persist(mail);
        return mail;
    }
}
