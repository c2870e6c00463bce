package org.unitar.learning.catalogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A course, the aggregate trainers build. Its id never changes; its content lives in revisions: the draft a
 * trainer edits and the published one learners see. Created as a draft by a trainer, who owns it; the owner, its
 * co-trainers and administrators may change it, nobody else.
 */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_subject", nullable = false, length = 255)
    private String owner;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_co_trainer", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "subject", length = 255)
    private Set<String> coTrainers = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CourseStatus status;

    @Column(name = "default_language", nullable = false, length = 8)
    private ContentLanguage defaultLanguage;

    @OneToOne(cascade = CascadeType.ALL)
    @JoinColumn(name = "draft_revision_id")
    private CourseRevision draft;

    @OneToOne
    @JoinColumn(name = "published_revision_id")
    private CourseRevision published;

    /** How many revisions the course has had (discarded ones included): the next one gets the next number. */
    @Column(name = "revision_count", nullable = false)
    private int revisions;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Course() {
    }

    /**
     * A new draft course owned by {@code author}, written first in {@code language}. It has no content until
     * {@link #writeFirstDraft}: the course must be stored before its first revision can refer to it.
     */
    public static Course create(Actor author, ContentLanguage language, Instant now) {
        if (!author.trainer() && !author.administrator()) {
            throw new Forbidden("Only trainers and administrators create courses");
        }
        Course course = new Course();
        course.owner = author.subject();
        course.status = CourseStatus.DRAFT;
        course.defaultLanguage = language;
        course.createdAt = now;
        return course;
    }

    /** The content a new course starts with, in its default language. */
    public void writeFirstDraft(Actor author, CourseDetails details, Instant now) {
        checkEditableBy(author);
        if (draft != null || published != null) {
            throw new IllegalStateException("Course " + id + " already has content");
        }
        details.setLanguage(defaultLanguage);
        revisions = 1;
        draft = CourseRevision.first(this, details, author.subject(), now);
    }

    public boolean mayBeEditedBy(Actor actor) {
        return actor.administrator() || owner.equals(actor.subject()) || coTrainers.contains(actor.subject());
    }

    /** Refuses anyone who may not change this course. */
    public void checkEditableBy(Actor actor) {
        if (!mayBeEditedBy(actor)) {
            throw new Forbidden("Course " + id + " is not " + actor.subject() + "'s to edit");
        }
    }

    /**
     * Saves what the trainer entered into the draft (made from the published revision if there is none), unless
     * someone saved since the trainer opened the course: they started from revision number {@code revisionNumber} in
     * {@code version}, and that must still be what editors see.
     */
    public void update(Actor actor, int revisionNumber, long version, CourseDetails details, Instant now) {
        checkEditableBy(actor);
        CourseRevision seen = current();
        if (seen.number() != revisionNumber || seen.version() != version) {
            throw new EditConflict();
        }
        draftFor(actor, now).apply(details, defaultLanguage, actor.subject(), now);
    }

    /** The revision being edited: the draft, made now from the published revision if there is none. */
    public CourseRevision draftFor(Actor actor, Instant now) {
        checkEditableBy(actor);
        if (draft == null) {
            revisions++;
            draft = published.copy(revisions, actor.subject(), now);
        }
        return draft;
    }

    /** What editors see: the draft if there is one, else the published revision. */
    public CourseRevision current() {
        return draft != null ? draft : published;
    }

    public ModuleContent addModule(Actor actor, ModuleDetails details, Instant now) {
        CourseRevision revision = draftFor(actor, now);
        return revision.addModule(new CourseModule(this), details, actor.subject(), now);
    }

    /** Saves the module form, unless someone changed the module since the trainer opened it. */
    public void editModule(Actor actor, long moduleId, int revisionNumber, long version, ModuleDetails details, Instant now) {
        checkEditableBy(actor);
        ModuleContent seen = current().module(moduleId).orElseThrow(EditConflict::new);
        if (current().number() != revisionNumber || seen.version() != version) {
            throw new EditConflict();
        }
        CourseRevision revision = draftFor(actor, now);
        revision.editModule(revision.module(moduleId).orElseThrow(), details, actor.subject(), now);
    }

    public void removeModule(Actor actor, long moduleId, Instant now) {
        CourseRevision revision = draftFor(actor, now);
        revision.removeModule(moduleIn(revision, moduleId), actor.subject(), now);
    }

    public void moveModule(Actor actor, long moduleId, int index, Instant now) {
        CourseRevision revision = draftFor(actor, now);
        revision.moveModule(moduleIn(revision, moduleId), index, actor.subject(), now);
    }

    public LessonContent addLesson(Actor actor, long moduleId, LessonDetails details, Instant now) {
        CourseRevision revision = draftFor(actor, now);
        return revision.addLesson(moduleIn(revision, moduleId), new Lesson(this), details, actor.subject(), now);
    }

    /** Saves the lesson form, unless someone changed the lesson since the trainer opened it. */
    public void editLesson(Actor actor, long lessonId, int revisionNumber, long version, LessonDetails details, Instant now) {
        checkEditableBy(actor);
        LessonContent seen = current().lesson(lessonId).orElseThrow(EditConflict::new);
        if (current().number() != revisionNumber || seen.version() != version) {
            throw new EditConflict();
        }
        CourseRevision revision = draftFor(actor, now);
        revision.editLesson(revision.lesson(lessonId).orElseThrow(), details, actor.subject(), now);
    }

    public void removeLesson(Actor actor, long lessonId, Instant now) {
        CourseRevision revision = draftFor(actor, now);
        revision.removeLesson(lessonIn(revision, lessonId), actor.subject(), now);
    }

    /** Moves a lesson to position {@code index} of module {@code moduleId} (its own or another). */
    public void moveLesson(Actor actor, long lessonId, long moduleId, int index, Instant now) {
        CourseRevision revision = draftFor(actor, now);
        revision.moveLesson(lessonIn(revision, lessonId), moduleIn(revision, moduleId), index, actor.subject(), now);
    }

    /**
     * Sets the texts of the course in {@code language}, leaving everything else as it is: how an imported course
     * gets its translations, which may be partial (a blank text removes that translation).
     */
    public void translate(Actor actor, ContentLanguage language, String title, String summary, String description, Instant now) {
        draftFor(actor, now).translate(language, title, summary, description, actor.subject(), now);
    }

    public void translateModule(Actor actor, long moduleId, ContentLanguage language, String title, String summary, Instant now) {
        CourseRevision revision = draftFor(actor, now);
        moduleIn(revision, moduleId).translate(language, title, summary, now);
    }

    public void translateLesson(Actor actor, long lessonId, ContentLanguage language, String title, String body, Instant now) {
        CourseRevision revision = draftFor(actor, now);
        lessonIn(revision, lessonId).translate(language, title, body, now);
    }

    /** Uses a stored image as the course's cover in the draft; {@code null} removes the cover. */
    public void cover(Actor actor, Long fileId, String name, Instant now) {
        draftFor(actor, now).cover(fileId, name, actor.subject(), now);
    }

    /** Uses a stored file in a lesson of the draft, in one language (in place of the one there was). */
    public void attachFile(Actor actor, long lessonId, LessonFile file, Instant now) {
        CourseRevision revision = draftFor(actor, now);
        revision.attachFile(lessonIn(revision, lessonId), file, actor.subject(), now);
    }

    public void detachFile(Actor actor, long lessonId, ContentLanguage language, FileRole role, Instant now) {
        CourseRevision revision = draftFor(actor, now);
        revision.detachFile(lessonIn(revision, lessonId), language, role, actor.subject(), now);
    }

    /**
     * Makes the draft what learners see, at once and whole; the revision it replaces is kept for the history.
     * Refused, changing nothing, while the draft has problems.
     */
    public CourseRevision publish(Actor actor, Instant now) {
        checkEditableBy(actor);
        if (draft == null) {
            throw new PublishRefused(Set.of("author_course_outline.problem.nothingToPublish"));
        }
        Set<String> problems = draft.publishingProblems();
        if (!problems.isEmpty()) {
            throw new PublishRefused(problems);
        }
        draft.markPublished(actor.subject(), now);
        published = draft;
        draft = null;
        if (status == CourseStatus.DRAFT) {
            status = CourseStatus.PUBLISHED;
        }
        return published;
    }

    /** Drops the unpublished changes of a published course. */
    public CourseRevision discardDraft(Actor actor) {
        checkEditableBy(actor);
        if (draft == null || published == null) {
            throw new StructureRefused("author_course_outline.nothingToDiscard");
        }
        CourseRevision dropped = draft;
        draft = null;
        return dropped;
    }

    /** Takes a published course out of the catalogue; learners enrolled keep what they have. */
    public void archive(Actor actor) {
        checkEditableBy(actor);
        if (status != CourseStatus.PUBLISHED) {
            throw new StructureRefused("author_course_outline.onlyPublishedArchived");
        }
        status = CourseStatus.ARCHIVED;
    }

    public void restore(Actor actor) {
        checkEditableBy(actor);
        if (status != CourseStatus.ARCHIVED) {
            throw new StructureRefused("author_course_outline.onlyArchivedRestored");
        }
        status = CourseStatus.PUBLISHED;
    }

    private static ModuleContent moduleIn(CourseRevision revision, long moduleId) {
        return revision.module(moduleId).orElseThrow(() -> new Forbidden("No module " + moduleId + " in this course"));
    }

    private static LessonContent lessonIn(CourseRevision revision, long lessonId) {
        return revision.lesson(lessonId).orElseThrow(() -> new Forbidden("No lesson " + lessonId + " in this course"));
    }

    public Long id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public CourseStatus status() {
        return status;
    }

    public ContentLanguage defaultLanguage() {
        return defaultLanguage;
    }

    /** Lets another trainer edit the course; only its owner and administrators choose co-trainers. */
    public void addCoTrainer(Actor actor, String subject) {
        checkOwnedBy(actor);
        if (!subject.equals(owner)) {
            coTrainers.add(subject);
        }
    }

    public void removeCoTrainer(Actor actor, String subject) {
        checkOwnedBy(actor);
        coTrainers.remove(subject);
    }

    private void checkOwnedBy(Actor actor) {
        if (!actor.administrator() && !owner.equals(actor.subject())) {
            throw new Forbidden("Only the owner of course " + id + " or an administrator chooses its co-trainers");
        }
    }

    /** What learners see, if it has been published. */
    public Optional<CourseRevision> published() {
        return Optional.ofNullable(published);
    }

    public Set<String> coTrainers() {
        return Set.copyOf(coTrainers);
    }

    public boolean hasDraft() {
        return draft != null;
    }
}
