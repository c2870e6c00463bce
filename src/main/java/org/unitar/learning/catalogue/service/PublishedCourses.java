package org.unitar.learning.catalogue.service;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.PublishedCourse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * What learners read of published courses. Each read asks the database which revision is published now (one small
 * query) and takes that revision's {@link PublishedCourse} from memory, built on first use: published revisions
 * never change, so the copy is never stale, on one server or many, and a learner's page costs the same number of
 * queries whatever the size of the course.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedCourses {

    private static final Logger LOG = Logger.getLogger(PublishedCourses.class.getName());
    /** Revisions kept in memory; past this, the memory is emptied and fills again with what is read. */
    static final int KEPT = 2_000;

    @PersistenceContext
    EntityManager em;

    private final Map<Long, PublishedCourse> byRevision = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

    /**
     * Builds the copies of the catalogue's courses in the background once the application has started, so that the
     * first visitors after a restart do not pay for building them (a dozen statements a course).
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) @Initialized(ApplicationScoped.class) Object event) {
        executor.execute(() -> CDI.current().select(PublishedCourses.class).get().buildAll());
    }

    /** Builds the copy of every published course (up to what memory keeps), a batch of them per transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void buildAll() {
        List<?> rows = em.createNativeQuery("""
                        SELECT id, published_revision_id FROM course WHERE status = 'PUBLISHED' ORDER BY id DESC""")
                .setMaxResults(KEPT).getResultList();
        int built = 0;
        for (Object row : rows) {
            Object[] ids = (Object[]) row;
            if (revision(((Number) ids[0]).longValue(), ((Number) ids[1]).longValue()).isPresent() && ++built % 50 == 0) {
                em.clear();
            }
        }
        LOG.info("Catalogue: " + built + " published course(s) ready for learners");
    }

    /** The course as the catalogue shows it now: published, not archived. */
    public Optional<PublishedCourse> listed(long courseId) {
        return published(courseId, "SELECT published_revision_id FROM course WHERE id = ?1 AND status = 'PUBLISHED'");
    }

    /**
     * The course as its learners see it now: its published revision, also once the course is archived (taken out of
     * the catalogue, but those enrolled keep it).
     */
    public Optional<PublishedCourse> find(long courseId) {
        return published(courseId, "SELECT published_revision_id FROM course WHERE id = ?1");
    }

    private Optional<PublishedCourse> published(long courseId, String sql) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, courseId).getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            return Optional.empty();
        }
        return revision(courseId, ((Number) rows.get(0)).longValue());
    }

    /** The published revision {@code revisionId} of course {@code courseId}, if it is still the published one. */
    public Optional<PublishedCourse> revision(long courseId, long revisionId) {
        PublishedCourse known = byRevision.get(revisionId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<PublishedCourse> loaded = Optional.ofNullable(em.find(Course.class, courseId))
                .flatMap(PublishedCourse::of)
                .filter(p -> p.revisionId() == revisionId);
        loaded.ifPresent(p -> {
            if (byRevision.size() >= KEPT) {
                byRevision.clear();
            }
            byRevision.put(revisionId, p);
        });
        return loaded;
    }
}
