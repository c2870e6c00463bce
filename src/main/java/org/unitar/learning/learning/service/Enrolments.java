package org.unitar.learning.learning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.PublishedCourse;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.catalogue.service.PublishedCourses;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.identity.UserAccountRepository;
import org.unitar.learning.learning.Edition;
import org.unitar.learning.learning.EditionDetails;
import org.unitar.learning.learning.Enrolment;
import org.unitar.learning.learning.EnrolmentRefused;
import org.unitar.learning.learning.EnrolmentStatus;
import org.unitar.learning.learning.LearningEvent;
import org.unitar.learning.learning.LearningVerb;
import org.unitar.learning.learning.persistence.ProgressStore;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.audit.AuditLog;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.mail.Mailer;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Who is in which course: editions, self-enrolment, requests for a place and the trainers' decisions, enrolment by
 * a trainer, leaving. Each method is one transaction and checks the actor: learners act for themselves; trainers
 * of the course (owner, co-trainers) and administrators for others. Places are taken with one conditional update
 * of the edition's row, so that concurrent requests for the last place give it to one person only.
 */
@ApplicationScoped
@Transactional
public class Enrolments {

    public static final String AUDIT_ENROLLED = "learning.enrolled";
    public static final String AUDIT_REQUESTED = "learning.enrolment-requested";
    public static final String AUDIT_DECIDED = "learning.enrolment-decided";
    public static final String AUDIT_LEFT = "learning.enrolment-left";
    public static final String AUDIT_EDITION = "learning.edition-scheduled";

    @PersistenceContext
    EntityManager em;

    @Inject
    PublishedCourses courses;

    @Inject
    CourseAuthoring authoring;

    @Inject
    UserAccountRepository accounts;

    @Inject
    ProgressStore progress;

    @Inject
    Mailer mailer;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "unitar.app.url")
    String appUrl;

    /** A learner enrols in an edition of an open course, or asks for a place in one enrolled on approval. */
    public Enrolment join(@NotNull Actor actor, long editionId) {
        Edition edition = edition(editionId);
        PublishedCourse course = courses.listed(edition.courseId())
                .orElseThrow(() -> new NotFound("Course " + edition.courseId() + " is not in the catalogue"));
        Optional<Enrolment> existing = find(actor.subject(), course.courseId());
        if (existing.isPresent() && (existing.get().isActive() || existing.get().status() == EnrolmentStatus.REQUESTED)) {
            return existing.get();
        }
        String closed = edition.closedReason(today());
        if (closed != null) {
            throw new EnrolmentRefused(closed);
        }
        Instant now = clock.instant();
        return switch (course.enrolment()) {
            case OPEN -> {
                takePlace(edition);
                Enrolment enrolment = existing.map(e -> {
                    e.reactivate(edition, actor.subject(), now);
                    return e;
                }).orElseGet(() -> store(Enrolment.active(edition, actor.subject(), actor.subject(), now)));
                registered(enrolment, course, now);
                audit.record(actor.subject(), AUDIT_ENROLLED, "edition", editionId, null);
                yield enrolment;
            }
            case ON_APPROVAL -> {
                Enrolment enrolment = existing.map(e -> {
                    e.requestAgain(edition, now);
                    return e;
                }).orElseGet(() -> store(Enrolment.requested(edition, actor.subject(), now)));
                audit.record(actor.subject(), AUDIT_REQUESTED, "edition", editionId, null);
                yield enrolment;
            }
            case INVITATION_ONLY -> throw new EnrolmentRefused("enrolment.refused.invitationOnly");
        };
    }

    /** A learner leaves a course (or withdraws their request); their place goes back to the edition. */
    public void leave(@NotNull Actor actor, long courseId) {
        Enrolment enrolment = find(actor.subject(), courseId)
                .orElseThrow(() -> new NotFound("No enrolment in course " + courseId));
        boolean hadPlace = enrolment.isActive();
        enrolment.leave(clock.instant());
        if (hadPlace) {
            releasePlace(enrolment.editionId());
        }
        audit.record(actor.subject(), AUDIT_LEFT, "course", courseId, null);
    }

    /** A trainer of the course (or an administrator) gives a place to someone who asked for one; they are told by mail. */
    public void approve(@NotNull Actor actor, long enrolmentId) {
        Enrolment enrolment = staffEnrolment(actor, enrolmentId);
        Edition edition = edition(enrolment.editionId());
        if (enrolment.status() == EnrolmentStatus.REQUESTED) {
            takePlace(edition);
        }
        Instant now = clock.instant();
        enrolment.approve(actor.subject(), now);
        PublishedCourse course = courses.find(enrolment.courseId()).orElseThrow();
        registered(enrolment, course, now);
        tell(enrolment.learner(), "enrolmentApproved", course);
        audit.record(actor.subject(), AUDIT_DECIDED, "enrolment", enrolmentId, "approved");
    }

    public void decline(@NotNull Actor actor, long enrolmentId) {
        Enrolment enrolment = staffEnrolment(actor, enrolmentId);
        enrolment.decline(actor.subject(), clock.instant());
        courses.find(enrolment.courseId()).ifPresent(course -> tell(enrolment.learner(), "enrolmentDeclined", course));
        audit.record(actor.subject(), AUDIT_DECIDED, "enrolment", enrolmentId, "declined");
    }

    /**
     * A trainer of the course (or an administrator) enrols someone who has signed in at least once, named by user
     * name or email, in an edition; whatever the course's policy and enrolment window, within its places.
     */
    public Enrolment enrolPerson(@NotNull Actor actor, long editionId, String userNameOrEmail) {
        Edition edition = edition(editionId);
        Course course = authoring.editable(actor, edition.courseId());
        PublishedCourse published = courses.find(course.id())
                .orElseThrow(() -> new EnrolmentRefused("enrolment.refused.notPublished"));
        if (userNameOrEmail == null || userNameOrEmail.isBlank()) {
            throw new InputRefused("person", "enrolment.personRequired");
        }
        UserAccount person = accounts.findByUsernameOrEmail(userNameOrEmail.strip())
                .orElseThrow(() -> new InputRefused("person", "enrolment.personUnknown"));
        Optional<Enrolment> existing = find(person.subject(), course.id());
        if (existing.isPresent() && existing.get().isActive()) {
            throw new InputRefused("person", "enrolment.personAlreadyEnrolled");
        }
        takePlace(edition);
        Instant now = clock.instant();
        Enrolment enrolment = existing.map(e -> {
            e.reactivate(edition, actor.subject(), now);
            return e;
        }).orElseGet(() -> store(Enrolment.active(edition, person.subject(), actor.subject(), now)));
        registered(enrolment, published, now);
        tell(person.subject(), "enrolledByTrainer", published);
        audit.record(actor.subject(), AUDIT_ENROLLED, "edition", editionId, person.subject());
        return enrolment;
    }

    /** A trainer of the course (or an administrator) schedules an edition. */
    public Edition schedule(@NotNull Actor actor, long courseId, @NotNull EditionDetails details) {
        authoring.editable(actor, courseId);
        Edition edition = Edition.scheduled(courseId, details, actor.subject(), clock.instant());
        em.persist(edition);
        em.flush();
        audit.record(actor.subject(), AUDIT_EDITION, "course", courseId, "edition " + edition.id());
        return edition;
    }

    /** The editions of a course, the open-ended one first, then by start date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Edition> editions(long courseId) {
        return em.createQuery("""
                        select e from Edition e where e.courseId = :course
                        order by e.openEnded desc, e.startsOn, e.id""", Edition.class)
                .setParameter("course", courseId).getResultList();
    }

    /** The editions people may still enrol in or follow: not ended. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Edition> current(long courseId) {
        LocalDate today = today();
        return editions(courseId).stream().filter(e -> !e.hasEnded(today)).toList();
    }

    /** The enrolments of a course, for its trainers and administrators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Enrolment> ofCourse(@NotNull Actor actor, long courseId) {
        authoring.editable(actor, courseId);
        return em.createQuery("select e from Enrolment e where e.courseId = :course order by e.status, e.id", Enrolment.class)
                .setParameter("course", courseId).getResultList();
    }

    /** The person's enrolment in a course, whatever its status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Enrolment> find(String learner, long courseId) {
        return em.createQuery("select e from Enrolment e where e.learner = :learner and e.courseId = :course", Enrolment.class)
                .setParameter("learner", learner).setParameter("course", courseId)
                .getResultStream().findFirst();
    }

    /** The person's enrolments that are active or requested, most recently active first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Enrolment> current(String learner) {
        return em.createQuery("""
                        select e from Enrolment e where e.learner = :learner and e.status in :statuses
                        order by e.lastActiveAt desc, e.id desc""", Enrolment.class)
                .setParameter("learner", learner)
                .setParameter("statuses", List.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.REQUESTED))
                .getResultList();
    }

    private Edition edition(long editionId) {
        return Optional.ofNullable(em.find(Edition.class, editionId))
                .orElseThrow(() -> new NotFound("No edition " + editionId));
    }

    private Enrolment staffEnrolment(Actor actor, long enrolmentId) {
        Enrolment enrolment = Optional.ofNullable(em.find(Enrolment.class, enrolmentId))
                .orElseThrow(() -> new NotFound("No enrolment " + enrolmentId));
        authoring.editable(actor, enrolment.courseId());
        return enrolment;
    }

    private Enrolment store(Enrolment enrolment) {
        em.persist(enrolment);
        em.flush();
        return enrolment;
    }

    /** Takes a place in the edition, or refuses if there is none left (one statement: safe under concurrency). */
    private void takePlace(Edition edition) {
        int taken = em.createNativeQuery("""
                        UPDATE edition SET seats_taken = seats_taken + 1
                        WHERE id = ?1 AND (capacity IS NULL OR seats_taken < capacity)""")
                .setParameter(1, edition.id()).executeUpdate();
        if (taken != 1) {
            throw new EnrolmentRefused("enrolment.refused.full");
        }
    }

    private void releasePlace(long editionId) {
        em.createNativeQuery("UPDATE edition SET seats_taken = seats_taken - 1 WHERE id = ?1 AND seats_taken > 0")
                .setParameter(1, editionId).executeUpdate();
    }

    private void registered(Enrolment enrolment, PublishedCourse course, Instant now) {
        progress.record(new LearningEvent(LearningEvent.idFor("registered", enrolment.registration(), now.toString()),
                enrolment.learner(), LearningVerb.REGISTERED, LearningEvent.COURSE, course.courseId(), course.courseId(),
                course.revisionNumber(), enrolment.registration(), null, null, null, null, now));
    }

    /** Mails the learner, in their language, about {@code course}. */
    private void tell(String learner, String template, PublishedCourse course) {
        accounts.findBySubject(learner).ifPresent(person -> mailer.queue(person.email(), person.language(), template,
                person.displayName(), course.title(ContentLanguage.of(person.language())),
                appUrl + "/catalogue/course.xhtml?id=" + course.courseId()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
