package org.unitar.learning.support;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Reads a mailbox of the test stack's mail server (GreenMail) through IMAP, as a person would: GreenMail keeps a
 * mailbox per address, with the address as user name and password. In-container tests (the port is in the
 * environment of the server).
 */
public final class Inbox {

    public record Received(String subject, String body) {
    }

    private Inbox() {
    }

    /** The mail of {@code address}, waiting a little for it: another server of the stack may deliver it first. */
    public static List<Received> await(String address) throws Exception {
        return await(address, mail -> true);
    }

    /** The mail of {@code address} that {@code wanted} accepts, waiting a little for some to arrive. */
    public static List<Received> await(String address, Predicate<Received> wanted) throws Exception {
        for (int i = 0; i < 30; i++) {
            List<Received> found = read(address).stream().filter(wanted).toList();
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(500);
        }
        return List.of();
    }

    public static List<Received> read(String address) throws MessagingException, IOException {
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
                messages.add(new Received(message.getSubject(), text(message.getContent())));
            }
            return messages;
        } finally {
            store.close();
        }
    }

    /** A message's text: its content, or the text of every part of a multipart one (Keycloak sends text and HTML). */
    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i).getContent())).append('\n');
            }
            return text.toString();
        }
        return String.valueOf(content);
    }
}
