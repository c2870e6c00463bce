/**
 * The learner's journey: editions of courses, enrolment, progress through lessons and course completion. Reads
 * courses as the catalogue publishes them ({@link org.unitar.learning.catalogue.PublishedCourse}); every change of
 * progress is stored as a learning event (an xAPI statement in waiting) and as the learner's state per lesson.
 */
package org.unitar.learning.learning;
