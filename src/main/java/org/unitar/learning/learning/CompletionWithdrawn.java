package org.unitar.learning.learning;

import java.time.Instant;

/**
 * A learner's course completion was taken back: a quiz regraded after a fix no longer passes (CDI event, fired in
 * the transaction that took it back). The certificates part flags an issued certificate for an administrator; it
 * never revokes one by itself.
 */
public record CompletionWithdrawn(long enrolmentId, long courseId, String learner, String registration, Instant withdrawnAt) {
}
