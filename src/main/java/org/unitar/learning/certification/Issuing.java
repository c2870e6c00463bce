package org.unitar.learning.certification;

/** How a course's certificates are issued once a learner completes it. */
public enum Issuing {
    /** At once, when the course is complete. */
    AUTOMATIC,
    /** An administrator (or a trainer, where the course allows) issues them from the queue. */
    APPROVAL
}
