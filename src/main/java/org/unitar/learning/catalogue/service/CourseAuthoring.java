package org.unitar.learning.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.CourseDetails;
import org.unitar.learning.catalogue.CourseRepository;
import org.unitar.learning.catalogue.CourseRevision;
import org.unitar.learning.catalogue.LessonContent;
import org.unitar.learning.catalogue.LessonDetails;
import org.unitar.learning.catalogue.ModuleContent;
import org.unitar.learning.catalogue.ModuleDetails;
import org.unitar.learning.shared.audit.AuditLog;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What trainers do to a course, each in one transaction: find, one domain call, store, audit. Every method checks
 * that the actor may touch the course; the details are validated again here, whatever the page did.
 */
@ApplicationScoped
@Transactional
public class CourseAuthoring {

    public static final String AUDIT_CREATED = "catalogue.course-created";
    public static final String AUDIT_EDITED = "catalogue.course-edited";
    public static final String AUDIT_PUBLISHED = "catalogue.course-published";
    public static final String AUDIT_DISCARDED = "catalogue.draft-discarded";
    public static final String AUDIT_ARCHIVED = "catalogue.course-archived";
    public static final String AUDIT_RESTORED = "catalogue.course-restored";

    @Inject
    CourseRepository courses;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Course create(@NotNull Actor actor, @NotNull @Valid CourseDetails details) {
        checkCentre(details);
        Instant now = clock.instant();
        Course course = courses.add(Course.create(actor, details.getLanguage(), now));
        course.writeFirstDraft(actor, details, now);
        audit.record(actor.subject(), AUDIT_CREATED, "course", course.id(), null);
        return course;
    }

    /**
     * Saves the details into the course's draft. {@code revisionNumber} and {@code version} say which revision, in
     * which version, the trainer started from: if someone saved since, {@link org.unitar.learning.catalogue.EditConflict}.
     */
    public Course update(@NotNull Actor actor, long courseId, int revisionNumber, long version, @NotNull @Valid CourseDetails details) {
        checkCentre(details);
        Course course = editable(actor, courseId);
        Instant now = clock.instant();
        course.update(actor, revisionNumber, version, details, now);
        audit.record(actor.subject(), AUDIT_EDITED, "course", course.id(), details.getLanguage().code());
        return course;
    }

    /** Adds a module at the end of the course's draft; returns its id. */
    public long addModule(@NotNull Actor actor, long courseId, @NotNull @Valid ModuleDetails details) {
        Course course = editable(actor, courseId);
        ModuleContent module = course.addModule(actor, details, clock.instant());
        courses.flush();
        audit.record(actor.subject(), AUDIT_EDITED, "course", courseId, "module " + module.moduleId() + " added");
        return module.moduleId();
    }

    public void editModule(@NotNull Actor actor, long courseId, long moduleId, int revisionNumber, long version,
                           @NotNull @Valid ModuleDetails details) {
        editable(actor, courseId).editModule(actor, moduleId, revisionNumber, version, details, clock.instant());
        audit.record(actor.subject(), AUDIT_EDITED, "course", courseId, "module " + moduleId + " edited in " + details.getLanguage().code());
    }

    public void removeModule(@NotNull Actor actor, long courseId, long moduleId) {
        editable(actor, courseId).removeModule(actor, moduleId, clock.instant());
        audit.record(actor.subject(), AUDIT_EDITED, "course", courseId, "module " + moduleId + " removed");
    }

    public void moveModule(@NotNull Actor actor, long courseId, long moduleId, int index) {
        editable(actor, courseId).moveModule(actor, moduleId, index, clock.instant());
    }

    /** Adds a lesson at the end of a module of the course's draft; returns its id. */
    public long addLesson(@NotNull Actor actor, long courseId, long moduleId, @NotNull @Valid LessonDetails details) {
        Course course = editable(actor, courseId);
        LessonContent lesson = course.addLesson(actor, moduleId, details, clock.instant());
        courses.flush();
        audit.record(actor.subject(), AUDIT_EDITED, "course", courseId, "lesson " + lesson.lessonId() + " added");
        return lesson.lessonId();
    }

    public void editLesson(@NotNull Actor actor, long courseId, long lessonId, int revisionNumber, long version,
                           @NotNull @Valid LessonDetails details) {
        editable(actor, courseId).editLesson(actor, lessonId, revisionNumber, version, details, clock.instant());
        audit.record(actor.subject(), AUDIT_EDITED, "course", courseId, "lesson " + lessonId + " edited in " + details.getLanguage().code());
    }

    public void removeLesson(@NotNull Actor actor, long courseId, long lessonId) {
        editable(actor, courseId).removeLesson(actor, lessonId, clock.instant());
        audit.record(actor.subject(), AUDIT_EDITED, "course", courseId, "lesson " + lessonId + " removed");
    }

    public void moveLesson(@NotNull Actor actor, long courseId, long lessonId, long toModuleId, int index) {
        editable(actor, courseId).moveLesson(actor, lessonId, toModuleId, index, clock.instant());
    }

    public CourseRevision publish(@NotNull Actor actor, long courseId) {
        CourseRevision published = editable(actor, courseId).publish(actor, clock.instant());
        audit.record(actor.subject(), AUDIT_PUBLISHED, "course", courseId, "revision " + published.number());
        return published;
    }

    public void discardDraft(@NotNull Actor actor, long courseId) {
        CourseRevision dropped = editable(actor, courseId).discardDraft(actor);
        courses.remove(dropped);
        audit.record(actor.subject(), AUDIT_DISCARDED, "course", courseId, "revision " + dropped.number());
    }

    public void archive(@NotNull Actor actor, long courseId) {
        editable(actor, courseId).archive(actor);
        audit.record(actor.subject(), AUDIT_ARCHIVED, "course", courseId, null);
    }

    public void restore(@NotNull Actor actor, long courseId) {
        editable(actor, courseId).restore(actor);
        audit.record(actor.subject(), AUDIT_RESTORED, "course", courseId, null);
    }

    /** The published revisions of a course, newest first: its history. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CourseRevision> history(@NotNull Actor actor, long courseId) {
        editable(actor, courseId);
        return courses.publishedRevisions(courseId);
    }

    /** The course, if {@code actor} may edit it; otherwise {@link Forbidden} (also for a course that does not exist). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Course editable(@NotNull Actor actor, long courseId) {
        Course course = courses.find(courseId).orElseThrow(() -> new Forbidden("No course " + courseId));
        course.checkEditableBy(actor);
        return course;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Course> editableBy(@NotNull Actor actor) {
        return courses.editableBy(actor);
    }

    private void checkCentre(CourseDetails details) {
        if (!courses.isCifalCentre(details.getCifalCentre())) {
            throw new UnknownCifalCentre(details.getCifalCentre());
        }
    }
}
