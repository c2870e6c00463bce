package org.unitar.learning.catalogue;

/** The duration filter of the catalogue: estimated time, in minutes, from {@code min} to {@code max} inclusive. */
public enum CourseLength {
    UP_TO_ONE_HOUR(0, 60),
    ONE_TO_FIVE_HOURS(61, 300),
    OVER_FIVE_HOURS(301, Integer.MAX_VALUE);

    private final int min;
    private final int max;

    CourseLength(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
