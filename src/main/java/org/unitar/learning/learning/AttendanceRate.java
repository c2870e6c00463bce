package org.unitar.learning.learning;

import java.util.Collection;

/**
 * How much of an edition's sessions a learner attended: sessions held so far count, except those the learner was
 * excused from; a session held with nothing recorded for the learner counts as missed. An edition without a session
 * held asks nothing ({@link #meets} is true).
 */
public record AttendanceRate(int attended, int counted) {

    /** The rate over the statuses recorded for each session held (null where none was recorded). */
    public static AttendanceRate of(Collection<AttendanceStatus> heldSessions) {
        int attended = 0;
        int counted = 0;
        for (AttendanceStatus status : heldSessions) {
            if (status == AttendanceStatus.EXCUSED) {
                continue;
            }
            counted++;
            if (status == AttendanceStatus.PRESENT) {
                attended++;
            }
        }
        return new AttendanceRate(attended, counted);
    }

    /** The share attended, in whole percent rounded down (100 when nothing counts). */
    public int percent() {
        return counted == 0 ? 100 : attended * 100 / counted;
    }

    public boolean meets(Integer requiredPercent) {
        return requiredPercent == null || percent() >= requiredPercent;
    }
}
