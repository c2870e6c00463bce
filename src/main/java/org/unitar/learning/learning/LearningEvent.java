package org.unitar.learning.learning;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Something a learner did, as stored in {@code learning_event}: everything an xAPI statement needs. Actor: the
 * learner's subject. Verb: {@link #verb}. Object: a course or a lesson by id ({@link #objectType}, {@link #objectId}),
 * in {@link #courseId} at revision {@link #revisionNumber}. Result: {@link #completion} and {@link #durationSeconds}.
 * Context: {@link #registration} (the enrolment) and {@link #language}. Timestamp: {@link #occurredAt}.
 * {@link #eventId} is the statement id: saving the same event twice stores it once.
 */
public record LearningEvent(String eventId, String learner, LearningVerb verb, String objectType, long objectId,
                            long courseId, Integer revisionNumber, String registration, String language,
                            Boolean completion, Integer durationSeconds, Double scoreScaled,
                            Instant occurredAt) {

    public static final String COURSE = "course";
    public static final String LESSON = "lesson";

    /** An event id that is the same each time it is derived from the same things: what makes a repeat count once. */
    public static String idFor(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
