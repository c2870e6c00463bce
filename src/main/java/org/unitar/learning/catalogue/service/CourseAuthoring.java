package org.unitar.learning.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.CourseDetails;
import org.unitar.learning.catalogue.CoursePublished;
import org.unitar.learning.catalogue.CourseReaders;
import org.unitar.learning.catalogue.CourseRepository;
import org.unitar.learning.catalogue.CourseRevision;
import org.unitar.learning.catalogue.CourseStatus;
import org.unitar.learning.catalogue.FileRole;
import org.unitar.learning.catalogue.LessonFile;
import org.unitar.learning.catalogue.LessonContent;
import org.unitar.learning.catalogue.LessonDetails;
import org.unitar.learning.catalogue.ModuleContent;
import org.unitar.learning.catalogue.ModuleDetails;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.audit.AuditLog;
import org.unitar.learning.shared.files.FileStore;
import org.unitar.learning.shared.files.FileType;
import org.unitar.learning.shared.files.StoredFile;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
    FileStore files;

    @Inject
    Clock clock;

    @Inject
    CatalogueIndex catalogue;

    @Inject
    CourseReaders readers;

    @Inject
    Event<CoursePublished> publications;

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

    /**
     * Stores an uploaded file and uses it in a lesson of the draft in {@code language}. The person and the lesson are
     * checked before anything is stored; the file's type must be one the lesson takes in that role.
     */
    public void uploadLessonFile(@NotNull Actor actor, long courseId, long lessonId, @NotNull ContentLanguage language,
                                 @NotNull FileRole role, @NotNull InputStream content, String fileName) {
        Course course = editable(actor, courseId);
        LessonContent lesson = course.current().lesson(lessonId)
                .orElseThrow(() -> new Forbidden("No lesson " + lessonId + " in course " + courseId));
        Set<FileType> accepted = lesson.accepts(role);
        if (accepted.isEmpty()) {
            throw new InputRefused("upload", "author_course_lesson.fileDoesNotFit");
        }
        StoredFile file = files.store(content, fileName, accepted, actor.subject());
        course.attachFile(actor, lessonId, new LessonFile(language, role, file.id(), file.type(), file.name()), clock.instant());
        audit.record(actor.subject(), AUDIT_EDITED, "course", courseId,
                "lesson " + lessonId + " " + role.name().toLowerCase() + " " + language.code() + ": file " + file.id());
    }

    /** Stores an uploaded image (JPEG, PNG or WebP) as the cover of the course's draft. */
    public void uploadCover(@NotNull Actor actor, long courseId, @NotNull InputStream content, String fileName) {
        Course course = editable(actor, courseId);
        StoredFile file = files.store(content, fileName, EnumSet.of(FileType.JPEG, FileType.PNG, FileType.WEBP), actor.subject());
        course.cover(actor, file.id(), file.name(), clock.instant());
        audit.record(actor.subject(), AUDIT_EDITED, "course", courseId, "cover: file " + file.id());
    }

    public void removeCover(@NotNull Actor actor, long courseId) {
        editable(actor, courseId).cover(actor, null, null, clock.instant());
        audit.record(actor.subject(), AUDIT_EDITED, "course", courseId, "cover removed");
    }

    /** The largest file an upload may be. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long maxUploadBytes() {
        return files.maxBytes();
    }

    public void removeLessonFile(@NotNull Actor actor, long courseId, long lessonId, @NotNull ContentLanguage language, @NotNull FileRole role) {
        editable(actor, courseId).detachFile(actor, lessonId, language, role, clock.instant());
        audit.record(actor.subject(), AUDIT_EDITED, "course", courseId,
                "lesson " + lessonId + " " + role.name().toLowerCase() + " " + language.code() + " removed");
    }

    /**
     * Whether {@code actor} may read a stored file: it belongs to a course they may edit, or to what a published
     * course shows its learners and they are one ({@link CourseReaders}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayReadFile(@NotNull Actor actor, long fileId) {
        return courses.coursesUsingFile(fileId).stream().anyMatch(use ->
                use.course().mayBeEditedBy(actor)
                        || (use.inPublishedRevision() && readers.mayRead(actor, use.course().id())));
    }

    public void addCoTrainer(@NotNull Actor actor, long courseId, @NotNull String subject) {
        editable(actor, courseId).addCoTrainer(actor, subject);
        audit.record(actor.subject(), AUDIT_EDITED, "course", courseId, "co-trainer " + subject + " added");
    }

    public void removeCoTrainer(@NotNull Actor actor, long courseId, @NotNull String subject) {
        editable(actor, courseId).removeCoTrainer(actor, subject);
        audit.record(actor.subject(), AUDIT_EDITED, "course", courseId, "co-trainer " + subject + " removed");
    }

    public CourseRevision publish(@NotNull Actor actor, long courseId) {
        Course course = editable(actor, courseId);
        CourseRevision published = course.publish(actor, clock.instant());
        courses.flush();
        if (course.status() == CourseStatus.PUBLISHED) {
            catalogue.refresh(course);
        }
        publications.fire(new CoursePublished(courseId, published.number(), published.format()));
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
        catalogue.remove(courseId);
        audit.record(actor.subject(), AUDIT_ARCHIVED, "course", courseId, null);
    }

    public void restore(@NotNull Actor actor, long courseId) {
        Course course = editable(actor, courseId);
        course.restore(actor);
        catalogue.refresh(course);
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
