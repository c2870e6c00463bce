package org.unitar.learning.shared.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void aNewMailIsDueAtOnce() {
        OutgoingMail mail = new OutgoingMail("a@example.org", "fr", "welcome", "Bienvenue", "Bonjour", NOW);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW);
        assertThat(mail.isDelivered()).isFalse();
    }

    @Test
    void eachFailureWaitsTwiceAsLongAsThePreviousOne() {
        OutgoingMail mail = new OutgoingMail("a@example.org", "fr", "welcome", "Bienvenue", "Bonjour", NOW);
        mail.failed(NOW, "Connection refused");
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        mail.failed(NOW, "Connection refused");
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        mail.failed(NOW, "Connection refused");
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        assertThat(mail.lastError()).isEqualTo("Connection refused");
    }

    @Test
    void afterTheLastAttemptItIsGivenUpAndKeptWithItsError() {
        OutgoingMail mail = new OutgoingMail("a@example.org", "fr", "welcome", "Bienvenue", "Bonjour", NOW);
        for (int i = 0; i < OutgoingMail.MAX_ATTEMPTS; i++) {
            mail.failed(NOW, "550 mailbox unavailable");
        }
        assertThat(mail.isGivenUp()).isTrue();
        assertThat(mail.nextAttemptAt()).isNull();
        assertThat(mail.lastError()).isEqualTo("550 mailbox unavailable");
    }

    @Test
    void aDeliveredMailIsNotDueAnyMore() {
        OutgoingMail mail = new OutgoingMail("a@example.org", "fr", "welcome", "Bienvenue", "Bonjour", NOW);
        mail.failed(NOW, "timeout");
        mail.delivered(NOW.plusSeconds(60));
        assertThat(mail.isDelivered()).isTrue();
        assertThat(mail.nextAttemptAt()).isNull();
        assertThat(mail.lastError()).isNull();
        assertThat(mail.attempts()).isEqualTo(2);
    }
}
