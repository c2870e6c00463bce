package org.unitar.learning.learning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.unitar.learning.catalogue.CourseReaders;
import org.unitar.learning.learning.Enrolment;
import org.unitar.learning.shared.security.Actor;

/** A published course's files are for the learners whose enrolment in it is active. */
@ApplicationScoped
public class EnrolledReaders implements CourseReaders {

    @Inject
    Enrolments enrolments;

    @Override
    public boolean mayRead(Actor actor, long courseId) {
        return enrolments.find(actor.subject(), courseId).filter(Enrolment::isActive).isPresent();
    }
}
