package org.unitar.learning.reporting;

import java.time.Instant;

/**
 * One line of the audit record as administrators read it: {@code who} is the person's name where the platform
 * knows it, else the actor as recorded ({@code system} for what the platform did by itself); {@code action} is
 * the recorded action, shown through its label {@code audit.<action>}.
 */
public record AuditLine(long id, Instant at, String actor, String who, String action, String objectType,
                        String objectId, String detail) {
}
