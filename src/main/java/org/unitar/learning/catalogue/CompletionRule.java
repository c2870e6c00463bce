package org.unitar.learning.catalogue;

/** When a learner has completed a lesson. Names come from the bundle ({@code completion.<NAME>}). */
public enum CompletionRule {
    /** As soon as the learner opens it. */
    ON_VIEW,
    /** When the learner reaches the end of the lesson's uploaded video. */
    VIDEO_END,
    /** When the learner says so. */
    LEARNER_MARKS
}
