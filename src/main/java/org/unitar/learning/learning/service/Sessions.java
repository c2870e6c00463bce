package org.unitar.learning.learning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.learning.AttendanceRate;
import org.unitar.learning.learning.AttendanceRecorded;
import org.unitar.learning.learning.AttendanceStatus;
import org.unitar.learning.learning.Edition;
import org.unitar.learning.learning.EditionSession;
import org.unitar.learning.learning.Enrolment;
import org.unitar.learning.learning.EnrolmentStatus;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.audit.AuditLog;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.NotFound;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sessions of an edition and the attendance at each: the course's trainers and administrators plan sessions and
 * record, per session, who was present, absent or excused (saving again overwrites). Attendance rates feed the
 * certificate rule's threshold ({@link AttendanceRecorded} tells the certificates part).
 */
@ApplicationScoped
@Transactional
public class Sessions {

    public static final String AUDIT_SESSION = "learning.session-planned";
    public static final String AUDIT_SESSION_CHANGED = "learning.session-changed";
    public static final String AUDIT_SESSION_CANCELLED = "learning.session-cancelled";
    public static final String AUDIT_ATTENDANCE = "learning.attendance-recorded";

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseAuthoring authoring;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<AttendanceRecorded> recorded;

    /** The edition, if {@code actor} may run it (a trainer of its course, or an administrator). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Edition edition(@NotNull Actor actor, long editionId) {
        Edition edition = Optional.ofNullable(em.find(Edition.class, editionId))
                .orElseThrow(() -> new NotFound("No edition " + editionId));
        authoring.editable(actor, edition.courseId());
        return edition;
    }

    /** The sessions of an edition, by start. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EditionSession> sessions(@NotNull Actor actor, long editionId) {
        edition(actor, editionId);
        return sessionsOf(editionId);
    }

    public EditionSession plan(@NotNull Actor actor, long editionId, @NotNull EditionSession.Details details) {
        Edition edition = edition(actor, editionId);
        EditionSession session = EditionSession.plan(edition.id(), details, actor.subject(), clock.instant());
        em.persist(session);
        em.flush();
        audit.record(actor.subject(), AUDIT_SESSION, "edition", editionId, "session " + session.id() + ": " + session.title());
        return session;
    }

    /**
     * Changes a session (moved, renamed, another place or link); a refused change changes nothing. Its attendance
     * stays; a session moved to later no longer counts until it begins again.
     */
    public void change(@NotNull Actor actor, long sessionId, @NotNull EditionSession.Details details) {
        EditionSession session = lockedSession(actor, sessionId);
        session.change(details);
        audit.record(actor.subject(), AUDIT_SESSION_CHANGED, "edition", session.editionId(),
                "session " + sessionId + ": " + session.title());
        attendanceMayHaveChanged(session.editionId());
    }

    /** Cancels a session: it is removed with the attendance recorded at it, and the edition's rates no longer count it. */
    public void cancel(@NotNull Actor actor, long sessionId) {
        EditionSession session = lockedSession(actor, sessionId);
        int marks = em.createNativeQuery("DELETE FROM attendance WHERE session_id = ?1").setParameter(1, sessionId).executeUpdate();
        em.remove(session);
        audit.record(actor.subject(), AUDIT_SESSION_CANCELLED, "edition", session.editionId(),
                "session " + sessionId + ": " + session.title() + " (" + marks + " attendance record(s))");
        attendanceMayHaveChanged(session.editionId());
    }

    /** The session, if {@code actor} may run its edition. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EditionSession session(@NotNull Actor actor, long sessionId) {
        EditionSession session = Optional.ofNullable(em.find(EditionSession.class, sessionId))
                .orElseThrow(() -> new NotFound("No session " + sessionId));
        edition(actor, session.editionId());
        return session;
    }

    /** A session of the learner's edition, and their attendance at it if it was recorded. */
    public record LearnerSession(EditionSession session, Optional<AttendanceStatus> attendance) {
    }

    /**
     * The sessions of the edition of {@code enrolment}, by start, each with its learner's attendance: what a learner
     * sees of their workshop. The caller has checked that the enrolment is the signed-in learner's.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LearnerSession> ofLearner(@NotNull Enrolment enrolment) {
        List<EditionSession> planned = sessionsOf(enrolment.editionId());
        if (planned.isEmpty()) {
            return List.of();
        }
        Map<Long, AttendanceStatus> recorded = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                        SELECT a.session_id, a.status FROM attendance a JOIN edition_session s ON s.id = a.session_id
                        WHERE s.edition_id = ?1 AND a.enrolment_id = ?2""")
                .setParameter(1, enrolment.editionId()).setParameter(2, enrolment.id()).getResultList()) {
            Object[] cells = (Object[]) row;
            recorded.put(((Number) cells[0]).longValue(), AttendanceStatus.valueOf((String) cells[1]));
        }
        return planned.stream().map(s -> new LearnerSession(s, Optional.ofNullable(recorded.get(s.id())))).toList();
    }

    /** The learners of an edition: its active enrolments. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Enrolment> enrolled(@NotNull Actor actor, long editionId) {
        edition(actor, editionId);
        return learners(editionId);
    }

    /** The learners of the session's edition (active enrolments) and what is recorded for each (null: nothing yet). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Enrolment, AttendanceStatus> attendance(@NotNull Actor actor, long sessionId) {
        EditionSession session = session(actor, sessionId);
        Map<Long, AttendanceStatus> recordedHere = statuses(sessionId);
        Map<Enrolment, AttendanceStatus> sheet = new java.util.LinkedHashMap<>();
        learners(session.editionId()).forEach(e -> sheet.put(e, recordedHere.get(e.id())));
        return sheet;
    }

    /**
     * Records attendance at a session: for each enrolment of its edition given, its status (a status for someone not
     * enrolled in the edition is refused, and nothing is written).
     */
    public void record(@NotNull Actor actor, long sessionId, @NotNull Map<Long, AttendanceStatus> statuses) {
        EditionSession session = session(actor, sessionId);
        List<Long> enrolled = learners(session.editionId()).stream().map(Enrolment::id).toList();
        if (!enrolled.containsAll(statuses.keySet())) {
            throw new InputRefused(null, "attendance.notInEdition");
        }
        Instant now = clock.instant();
        statuses.forEach((enrolmentId, status) -> em.createNativeQuery("""
                        INSERT INTO attendance (session_id, enrolment_id, status, recorded_by, recorded_at)
                        VALUES (?1, ?2, ?3, ?4, ?5)
                        ON DUPLICATE KEY UPDATE status = VALUES(status), recorded_by = VALUES(recorded_by),
                                                recorded_at = VALUES(recorded_at)""")
                .setParameter(1, sessionId).setParameter(2, enrolmentId).setParameter(3, status.name())
                .setParameter(4, actor.subject()).setParameter(5, Timestamp.from(now)).executeUpdate());
        audit.record(actor.subject(), AUDIT_ATTENDANCE, "session", sessionId, statuses.size() + " learner(s)");
        attendanceMayHaveChanged(session.editionId());
    }

    private void attendanceMayHaveChanged(long editionId) {
        Edition edition = em.find(Edition.class, editionId);
        recorded.fire(new AttendanceRecorded(edition.courseId(), edition.id()));
    }

    private EditionSession lockedSession(Actor actor, long sessionId) {
        EditionSession session = Optional.ofNullable(em.find(EditionSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFound("No session " + sessionId));
        edition(actor, session.editionId());
        return session;
    }

    /** Each learner's attendance over the edition's sessions held so far, by enrolment id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, AttendanceRate> rates(long editionId) {
        Instant now = clock.instant();
        List<EditionSession> held = sessionsOf(editionId).stream().filter(s -> s.held(now)).toList();
        Map<Long, Map<Long, AttendanceStatus>> bySession = new HashMap<>();
        held.forEach(s -> bySession.put(s.id(), statuses(s.id())));
        Map<Long, AttendanceRate> rates = new HashMap<>();
        for (Enrolment learner : learners(editionId)) {
            List<AttendanceStatus> marks = new ArrayList<>();
            held.forEach(s -> marks.add(bySession.get(s.id()).get(learner.id())));
            rates.put(learner.id(), AttendanceRate.of(marks));
        }
        return rates;
    }

    /** One enrolment's attendance over its edition's sessions held so far. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttendanceRate rate(long editionId, long enrolmentId) {
        return rates(editionId).getOrDefault(enrolmentId, AttendanceRate.of(List.of()));
    }

    private List<EditionSession> sessionsOf(long editionId) {
        return em.createQuery("select s from EditionSession s where s.editionId = :edition order by s.startsAt, s.id",
                EditionSession.class).setParameter("edition", editionId).getResultList();
    }

    private List<Enrolment> learners(long editionId) {
        return em.createQuery("select e from Enrolment e where e.editionId = :edition and e.status = :active order by e.id",
                        Enrolment.class)
                .setParameter("edition", editionId).setParameter("active", EnrolmentStatus.ACTIVE).getResultList();
    }

    private Map<Long, AttendanceStatus> statuses(long sessionId) {
        Map<Long, AttendanceStatus> statuses = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT enrolment_id, status FROM attendance WHERE session_id = ?1")
                .setParameter(1, sessionId).getResultList()) {
            Object[] cells = (Object[]) row;
            statuses.put(((Number) cells[0]).longValue(), AttendanceStatus.valueOf((String) cells[1]));
        }
        return statuses;
    }
}
