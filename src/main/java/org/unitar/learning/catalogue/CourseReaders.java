package org.unitar.learning.catalogue;

import org.unitar.learning.shared.security.Actor;

/**
 * Who may read what a published course shows learners (its lessons' files), besides its editors: the learning part
 * answers, from enrolments. The catalogue asks without knowing about enrolments.
 */
public interface CourseReaders {

    boolean mayRead(Actor actor, long courseId);
}
