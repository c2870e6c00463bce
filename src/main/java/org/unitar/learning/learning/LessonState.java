package org.unitar.learning.learning;

/** Where a learner stands in one lesson. Stored as its number (1 opened, 2 complete), which only grows. */
public enum LessonState {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETE;

    public static LessonState of(int stored) {
        return stored >= 2 ? COMPLETE : stored == 1 ? IN_PROGRESS : NOT_STARTED;
    }

    public int stored() {
        return ordinal();
    }
}
