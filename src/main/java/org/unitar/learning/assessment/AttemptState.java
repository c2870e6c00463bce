package org.unitar.learning.assessment;

/** Where an attempt is. Names come from the bundle ({@code attemptState.<NAME>}). */
public enum AttemptState {
    IN_PROGRESS,
    /** Submitted, with an essay waiting for a trainer's mark. */
    SUBMITTED,
    GRADED
}
