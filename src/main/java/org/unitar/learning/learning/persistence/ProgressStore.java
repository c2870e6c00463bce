package org.unitar.learning.learning.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.unitar.learning.learning.LearningEvent;
import org.unitar.learning.learning.LessonState;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Progress in the database, one statement per change, each safe when two tabs or devices save at once: an event is
 * inserted once whatever the number of times it is sent (its id is unique), a lesson's state only grows (GREATEST),
 * and a course is marked completed by the one statement that finds it not completed yet. The same SQL runs on
 * MySQL 8.4 and MariaDB.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProgressStore {

    @PersistenceContext
    EntityManager em;

    /** Stores the event unless one with its id is stored already; true if it was new. */
    public boolean record(LearningEvent event) {
        return em.createNativeQuery("""
                        INSERT IGNORE INTO learning_event (event_id, learner_subject, verb, object_type, object_id, course_id,
                            revision_number, registration, language, completion, duration_seconds, score_scaled, occurred_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)""")
                .setParameter(1, event.eventId()).setParameter(2, event.learner()).setParameter(3, event.verb().name())
                .setParameter(4, event.objectType()).setParameter(5, event.objectId()).setParameter(6, event.courseId())
                .setParameter(7, event.revisionNumber()).setParameter(8, event.registration()).setParameter(9, event.language())
                .setParameter(10, event.completion()).setParameter(11, event.durationSeconds())
                .setParameter(12, event.scoreScaled()).setParameter(13, utc(event.occurredAt()))
                .executeUpdate() == 1;
    }

    /** Moves the learner's state in a lesson forward to {@code state} (never back). */
    public void advance(long enrolmentId, long lessonId, LessonState state, Instant at) {
        em.createNativeQuery("""
                        INSERT INTO lesson_progress (enrolment_id, lesson_id, state, first_opened_at, completed_at, seconds_spent)
                        VALUES (?1, ?2, ?3, ?4, ?5, 0)
                        ON DUPLICATE KEY UPDATE completed_at = CASE WHEN state < 2 AND ?3 = 2 THEN ?4 ELSE completed_at END,
                            state = GREATEST(state, ?3)""")
                .setParameter(1, enrolmentId).setParameter(2, lessonId).setParameter(3, state.stored())
                .setParameter(4, utc(at)).setParameter(5, state == LessonState.COMPLETE ? utc(at) : null)
                .executeUpdate();
    }

    public void addTime(long enrolmentId, long lessonId, int seconds) {
        em.createNativeQuery("UPDATE lesson_progress SET seconds_spent = seconds_spent + ?3 WHERE enrolment_id = ?1 AND lesson_id = ?2")
                .setParameter(1, enrolmentId).setParameter(2, lessonId).setParameter(3, seconds)
                .executeUpdate();
    }

    /** Where the learner stands in each lesson they opened. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, LessonState> states(long enrolmentId) {
        List<?> rows = em.createNativeQuery("SELECT lesson_id, state FROM lesson_progress WHERE enrolment_id = ?1")
                .setParameter(1, enrolmentId).getResultList();
        Map<Long, LessonState> states = new HashMap<>();
        rows.stream().map(r -> (Object[]) r)
                .forEach(r -> states.put(((Number) r[0]).longValue(), LessonState.of(((Number) r[1]).intValue())));
        return states;
    }

    /** The lesson the learner was last in, for "continue where I left off". */
    public void lastLesson(long enrolmentId, long lessonId, Instant at) {
        em.createNativeQuery("UPDATE enrolment SET last_lesson_id = ?2, last_active_at = ?3 WHERE id = ?1")
                .setParameter(1, enrolmentId).setParameter(2, lessonId).setParameter(3, utc(at))
                .executeUpdate();
    }

    /** Marks the course completed, once: true for the one call that did it. */
    public boolean complete(long enrolmentId, Instant at) {
        return em.createNativeQuery("UPDATE enrolment SET completed_at = ?2 WHERE id = ?1 AND completed_at IS NULL")
                .setParameter(1, enrolmentId).setParameter(2, utc(at))
                .executeUpdate() == 1;
    }

    /**
     * Takes a lesson's completion back (a regraded quiz that no longer passes), and the course's with it: true if
     * the course was completed. The one exception to state only moving forward; the events say why.
     */
    public boolean reopen(long enrolmentId, long lessonId) {
        em.createNativeQuery("UPDATE lesson_progress SET state = 1, completed_at = NULL WHERE enrolment_id = ?1 AND lesson_id = ?2 AND state = 2")
                .setParameter(1, enrolmentId).setParameter(2, lessonId).executeUpdate();
        return em.createNativeQuery("UPDATE enrolment SET completed_at = NULL WHERE id = ?1 AND completed_at IS NOT NULL")
                .setParameter(1, enrolmentId).executeUpdate() == 1;
    }

    /** When the learner opened a lesson in the event {@code eventId}, if that event is theirs and that lesson's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> openedAt(String eventId, String learner, long lessonId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT occurred_at FROM learning_event
                        WHERE event_id = ?1 AND learner_subject = ?2 AND object_type = 'lesson' AND object_id = ?3 AND verb = 'LAUNCHED'""")
                .setParameter(1, eventId).setParameter(2, learner).setParameter(3, lessonId)
                .getResultList();
        return rows.stream().findFirst().map(ProgressStore::instant);
    }

    /** Times are stored as UTC DATETIMEs, as {@link org.unitar.learning.shared.persistence.InstantAsUtc} does. */
    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Not a time: " + value);
    }
}
