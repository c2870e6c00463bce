package org.unitar.learning.support.stack;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The run command ({@code ./mvnw -Prun}): starts the platform in the foreground, prints where it is and who can
 * sign in, echoes every mail the local mail server receives, and stops everything on Ctrl-C.
 */
public final class RunLocalPlatform {

    private RunLocalPlatform() {
    }

    public static void main(String[] args) throws InterruptedException {
        StackSettings settings = StackSettings.fromSystemProperties();
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        LocalStack stack;
        try {
            stack = LocalStack.start(settings, line -> System.out.println("[platform] " + line));
        } catch (RuntimeException e) {
            System.err.println("[platform] Could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.out.println("[platform] Stopping application, Keycloak, database and mail server...");
            stack.close();
            System.out.println("[platform] Stopped.");
            stopped.countDown();
        }, "stop-platform"));

        System.out.println(DemoAccounts.banner(settings));
        int printed = 0;
        while (stopped.getCount() > 0) {
            if (!stack.isAlive() && !stopping.get()) {
                System.err.println("[platform] A server stopped unexpectedly; see the logs in " + settings.logs());
                System.exit(1);
            }
            MimeMessage[] mail = stack.receivedMail();
            for (; printed < mail.length; printed++) {
                System.out.println(describe(mail[printed]));
            }
            Thread.sleep(1000);
        }
    }

    private static String describe(MimeMessage message) {
        try {
            return "[mail] To " + String.join(", ", Arrays.stream(message.getAllRecipients()).map(Object::toString).toList())
                    + " | " + message.getSubject() + "\n" + plainText(message.getContent()).strip() + "\n";
        } catch (MessagingException | IOException e) {
            return "[mail] (unreadable message: " + e.getMessage() + ")";
        }
    }

    private static String plainText(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain") || part.getContent() instanceof Multipart) {
                    return plainText(part.getContent());
                }
            }
            return "";
        }
        return String.valueOf(content);
    }
}
