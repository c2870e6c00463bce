package org.unitar.learning.shared.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Delivers queued mail through SMTP, a batch at a time ({@link MailSchedule} calls it every few seconds). Rows
 * are locked with {@code SKIP LOCKED}, so several servers can deliver side by side without sending a message twice.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    private static final int BATCH = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "unitar.mail.host")
    String host;

    @Inject
    @ConfigProperty(name = "unitar.mail.port")
    int port;

    @Inject
    @ConfigProperty(name = "unitar.mail.from")
    String from;

    @Inject
    @ConfigProperty(name = "unitar.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "unitar.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "unitar.mail.starttls", defaultValue = "false")
    boolean startTls;

    private Session session;

    @PostConstruct
    void connect() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        properties.put("mail.smtp.auth", String.valueOf(username.isPresent()));
        session = Session.getInstance(properties);
    }

    /** Delivers the mail that is due now; returns how many were sent. */
    @Transactional
    public int deliverDue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<OutgoingMail> due = em.createNativeQuery("SELECT * FROM outgoing_mail WHERE sent_at IS NULL"
                        + " AND next_attempt_at <= ? ORDER BY id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED", OutgoingMail.class)
                .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList();
        int sent = 0;
        for (OutgoingMail mail : due) {
            try {
                send(mail);
                mail.delivered(now);
                sent++;
            } catch (MessagingException | UnsupportedEncodingException e) {
                mail.failed(now, e.getMessage());
                LOG.warning(() -> "Mail " + mail.id() + " to " + mail.recipient() + " not delivered (attempt "
                        + mail.attempts() + "): " + e.getMessage());
            }
        }
        return sent;
    }

    private void send(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        InternetAddress sender = new InternetAddress(from);
        message.setFrom(new InternetAddress(sender.getAddress(), sender.getPersonal(), "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        if (username.isPresent()) {
            Transport.send(message, username.get(), password.orElse(""));
        } else {
            Transport.send(message);
        }
    }
}
