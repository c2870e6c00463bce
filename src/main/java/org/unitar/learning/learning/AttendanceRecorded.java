package org.unitar.learning.learning;

/**
 * A trainer recorded attendance at a session of an edition, or changed or cancelled a session: attendance rates of its
 * learners may have changed.
 */
public record AttendanceRecorded(long courseId, long editionId) {
}
