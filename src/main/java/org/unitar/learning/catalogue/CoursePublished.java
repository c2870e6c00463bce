package org.unitar.learning.catalogue;

/**
 * A revision of a course became what learners see (a CDI event, fired in the publishing transaction): the learning
 * part gives a self-paced course its open-ended edition.
 */
public record CoursePublished(long courseId, int revisionNumber, CourseFormat format) {
}
