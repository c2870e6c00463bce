package org.unitar.learning.assessment;

/**
 * When learners may see one thing about their submitted attempt (their answers, whether each was right, the
 * feedback, the right answers). Names come from the bundle ({@code reviewTime.<NAME>}).
 */
public enum ReviewTime {
    NEVER,
    /** As soon as the attempt is submitted. */
    AFTER_SUBMIT,
    /** Once the quiz has closed (never, for a quiz without a closing date). */
    AFTER_CLOSE;

    public boolean allows(boolean submitted, boolean quizClosed) {
        return switch (this) {
            case NEVER -> false;
            case AFTER_SUBMIT -> submitted;
            case AFTER_CLOSE -> submitted && quizClosed;
        };
    }
}
