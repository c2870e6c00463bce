package org.unitar.learning.learning;

/** Where an enrolment stands. Completion is not a status: a learner who completed a course is still enrolled in it. */
public enum EnrolmentStatus {
    /** Asked for a place in a course enrolled on approval; a trainer decides. */
    REQUESTED,
    ACTIVE,
    DECLINED,
    /** Left the course (or withdrew the request); progress is kept should they come back. */
    LEFT
}
