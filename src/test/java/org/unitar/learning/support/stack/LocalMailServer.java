package org.unitar.learning.support.stack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * GreenMail: a real SMTP and IMAP server on 127.0.0.1 that both the application and Keycloak send through. It
 * accepts every recipient; an IMAP client reads a mailbox with the address as user name and password.
 */
final class LocalMailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private LocalMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static LocalMailServer start(int smtpPort, int imapPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        return new LocalMailServer(greenMail);
    }

    MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
