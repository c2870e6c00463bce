package org.unitar.learning.learning.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.unitar.learning.catalogue.CourseFormat;
import org.unitar.learning.catalogue.CoursePublished;
import org.unitar.learning.learning.Edition;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Gives every published self-paced course its one open-ended edition: when it is published (in the same
 * transaction), and at start-up for courses published before editions existed.
 */
@ApplicationScoped
public class OpenEditions {

    /** Who created an edition the platform created by itself (audit and created_by). */
    static final String PLATFORM = "platform";
    private static final Logger LOG = Logger.getLogger(OpenEditions.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void onPublished(@Observes CoursePublished published) {
        if (published.format() == CourseFormat.SELF_PACED) {
            ensure(published.courseId());
        }
    }

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 60) @Initialized(ApplicationScoped.class) Object event) {
        List<?> missing = em.createNativeQuery("""
                SELECT c.id FROM course c JOIN course_revision r ON r.id = c.published_revision_id
                WHERE r.format = 'SELF_PACED' AND NOT EXISTS (SELECT 1 FROM edition e WHERE e.course_id = c.id AND e.open_ended)""")
                .getResultList();
        missing.forEach(id -> ensure(((Number) id).longValue()));
        if (!missing.isEmpty()) {
            LOG.info("Editions: opened " + missing.size() + " self-paced course(s)");
        }
    }

    private void ensure(long courseId) {
        Long open = em.createQuery("select count(e) from Edition e where e.courseId = :course and e.openEnded = true", Long.class)
                .setParameter("course", courseId).getSingleResult();
        if (open == 0) {
            em.persist(Edition.openEnded(courseId, "Self-paced", PLATFORM, clock.instant()));
        }
    }
}
