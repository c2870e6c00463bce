package org.unitar.learning.reporting;

import java.time.LocalDateTime;

/**
 * One line of the audit record as administrators read it: {@code who} is the person's name where the platform
 * knows it, else the actor as recorded.
 */
public record ActivityLine(LocalDateTime whenUtc, String who, String action, String objectType, String objectId) {
}
