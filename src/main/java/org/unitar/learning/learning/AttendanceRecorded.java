package org.unitar.learning.learning;

/** A trainer recorded attendance at a session of an edition: attendance rates of its learners may have changed. */
public record AttendanceRecorded(long courseId, long editionId) {
}
