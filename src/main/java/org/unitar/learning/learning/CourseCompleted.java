package org.unitar.learning.learning;

import java.time.Instant;

/**
 * A learner completed a course: every required lesson complete (CDI event, fired once per enrolment in the
 * transaction that completed it). Certificates listen to it.
 */
public record CourseCompleted(long enrolmentId, long courseId, int revisionNumber, String learner, String registration,
                              Instant completedAt) {
}
