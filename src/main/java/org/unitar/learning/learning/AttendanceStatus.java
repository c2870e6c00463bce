package org.unitar.learning.learning;

/** What a trainer records for a learner at a session. An excused absence does not count against the learner. */
public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    EXCUSED
}
