package org.unitar.learning.shared.mail;

import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.support.ContainerTest;
import org.unitar.learning.support.Deployments;
import org.unitar.learning.support.InContainer;
import org.unitar.learning.support.Inbox;

import javax.naming.InitialContext;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail goes out through the real local SMTP server and is read back from its IMAP side. */
@ContainerTest
class MailerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(MailerIT.class, Inbox.class);
    }

    private Mailer mailer;
    private MailDelivery delivery;

    @BeforeEach
    void lookUp() {
        mailer = InContainer.bean(Mailer.class);
        delivery = InContainer.bean(MailDelivery.class);
    }

    @Test
    void aQueuedMailArrivesInTheRecipientsLanguage() throws Exception {
        String recipient = "layla-" + UUID.randomUUID() + "@amman.demo.jo";
        mailer.queue(recipient, Language.ARABIC, "welcome", "ليلى حداد", "http://localhost:8080");

        delivery.deliverDue();

        List<Inbox.Received> inbox = Inbox.await(recipient);
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).subject()).isEqualTo(Messages.in(Language.ARABIC).format("mail.welcome.subject"));
        assertThat(inbox.get(0).body()).contains("ليلى حداد").contains("http://localhost:8080");
    }

    @Test
    void nothingIsSentForAChangeThatWasRolledBack() throws Exception {
        String recipient = "rollback-" + UUID.randomUUID() + "@example.org";
        UserTransaction transaction = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        transaction.begin();
        mailer.queue(recipient, Language.ENGLISH, "welcome", "Someone", "http://localhost:8080");
        transaction.rollback();

        delivery.deliverDue();

        assertThat(Inbox.read(recipient)).isEmpty();
    }
}
