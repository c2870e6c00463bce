package org.unitar.learning.shared.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One message on its way out. Queued with its text already in the recipient's language; delivered by
 * {@link MailDelivery}. A failed attempt is retried later, waiting longer each time, until
 * {@link #MAX_ATTEMPTS} attempts have failed; then it stays undelivered, with its last error, for an administrator.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    public static final int MAX_ATTEMPTS = 8;
    public static final int RECIPIENT_LENGTH = 320;
    public static final int SUBJECT_LENGTH = 255;
    static final int ERROR_LENGTH = 500;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = RECIPIENT_LENGTH)
    private String recipient;

    @Column(nullable = false, updatable = false, length = 35)
    private String language;

    @Column(nullable = false, updatable = false, length = 64)
    private String template;

    @Column(nullable = false, updatable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When the next attempt is due; null once delivered or given up. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutgoingMail() {
    }

    OutgoingMail(String recipient, String language, String template, String subject, String body, Instant now) {
        this.recipient = Objects.requireNonNull(recipient);
        this.language = language;
        this.template = template;
        this.subject = subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH);
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void delivered(Instant now) {
        attempts++;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** Records a failed attempt and when to try again: 1, 2, 4, 8... minutes later. */
    void failed(Instant now, String error) {
        attempts++;
        lastError = error == null ? "unknown error"
                : error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        nextAttemptAt = attempts >= MAX_ATTEMPTS ? null : now.plus(FIRST_RETRY.multipliedBy(1L << (attempts - 1)));
    }

    public boolean isDelivered() {
        return sentAt != null;
    }

    public boolean isGivenUp() {
        return sentAt == null && nextAttemptAt == null;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }
}
