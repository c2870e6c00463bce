package org.unitar.learning.shared.mail;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
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

import javax.naming.InitialContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail goes out through the real local SMTP server and is read back from its IMAP side. */
@ContainerTest
class MailerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(MailerIT.class);
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

        List<Received> inbox = awaitMail(recipient);
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

        assertThat(inbox(recipient)).isEmpty();
    }

    private record Received(String subject, String body) {
    }

    /** Another server of the test stack may deliver it first (both deliver from the same queue): wait a little. */
    private static List<Received> awaitMail(String address) throws Exception {
        for (int i = 0; i < 30; i++) {
            List<Received> inbox = inbox(address);
            if (!inbox.isEmpty()) {
                return inbox;
            }
            Thread.sleep(500);
        }
        return List.of();
    }

    /** GreenMail keeps a mailbox per address, with the address as user name and password. */
    private static List<Received> inbox(String address) throws MessagingException, IOException {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", System.getenv("UNITAR_TEST_IMAP_PORT"));
        Store store = Session.getInstance(properties).getStore("imap");
        try {
            store.connect(address, address);
        } catch (jakarta.mail.AuthenticationFailedException e) {
            return List.of(); // no mailbox yet: nothing was delivered to this address
        }
        try {
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            List<Received> messages = new ArrayList<>();
            for (Message message : folder.getMessages()) {
                messages.add(new Received(message.getSubject(), String.valueOf(message.getContent())));
            }
            return messages;
        } finally {
            store.close();
        }
    }
}
