package org.unitar.learning.catalogue.service;

import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.CourseDetails;
import org.unitar.learning.catalogue.CourseRevision;
import org.unitar.learning.catalogue.CourseStatus;
import org.unitar.learning.catalogue.EditConflict;
import org.unitar.learning.catalogue.FileRole;
import org.unitar.learning.catalogue.LessonContent;
import org.unitar.learning.catalogue.LessonDetails;
import org.unitar.learning.catalogue.LessonFile;
import org.unitar.learning.catalogue.LessonKind;
import org.unitar.learning.catalogue.ModuleContent;
import org.unitar.learning.catalogue.ModuleDetails;
import org.unitar.learning.catalogue.PublishRefused;
import org.unitar.learning.catalogue.Topic;
import org.unitar.learning.learning.service.Enrolments;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.files.FileRefused;
import org.unitar.learning.shared.files.FileType;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.support.ContainerTest;
import org.unitar.learning.support.Deployments;
import org.unitar.learning.support.InContainer;
import org.unitar.learning.support.Sql;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.unitar.learning.shared.i18n.ContentLanguage.ENGLISH;
import static org.unitar.learning.shared.i18n.ContentLanguage.FRENCH;

/**
 * {@link CourseAuthoring} in the container, on the real database: every change goes through the service (one
 * transaction each) and is read back in a new transaction, or straight from the tables with JDBC.
 */
@ContainerTest
class CourseAuthoringIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(CourseAuthoringIT.class, Sql.class);
    }

    private CourseAuthoring authoring;

    @BeforeEach
    void lookUp() {
        authoring = InContainer.bean(CourseAuthoring.class);
    }

    // --- creating ---------------------------------------------------------------------------------------------------

    @Test
    void aTrainerCreatesADraftCourseInItsDefaultLanguageAndItIsAudited() throws SQLException {
        Actor trainer = trainer();
        String tag = tag();
        CourseDetails details = courseDetails(FRENCH, "Gouvernance des migrations " + tag, "Ce que font les villes " + tag);
        details.setTopics(EnumSet.of(Topic.MIGRATION_GOVERNANCE, Topic.DATA_EVIDENCE));
        details.setSdgs(Set.of(10, 11, 17));
        details.setGcmObjectives(Set.of(1, 23));

        long id = authoring.create(trainer, details).id();

        Map<String, Object> stored = read(trainer, id, course -> {
            CourseRevision draft = course.current();
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("owner", course.owner());
            seen.put("status", course.status());
            seen.put("defaultLanguage", course.defaultLanguage());
            seen.put("hasDraft", course.hasDraft());
            seen.put("published", course.published().isPresent());
            seen.put("number", draft.number());
            seen.put("titleFr", draft.details(FRENCH).getTitle());
            seen.put("summaryFr", draft.details(FRENCH).getSummary());
            seen.put("titleEn", draft.details(ENGLISH).getTitle());
            seen.put("languages", draft.languages());
            seen.put("topics", Set.copyOf(draft.topics()));
            seen.put("sdgs", Set.copyOf(draft.sdgs()));
            seen.put("gcm", Set.copyOf(draft.gcmObjectives()));
            seen.put("minutes", draft.estimatedMinutes());
            seen.put("centre", draft.cifalCentre());
            return seen;
        });
        assertThat(stored).containsEntry("owner", trainer.subject())
                .containsEntry("status", CourseStatus.DRAFT)
                .containsEntry("defaultLanguage", FRENCH)
                .containsEntry("hasDraft", true)
                .containsEntry("published", false)
                .containsEntry("number", 1)
                .containsEntry("titleFr", "Gouvernance des migrations " + tag)
                .containsEntry("summaryFr", "Ce que font les villes " + tag)
                .containsEntry("titleEn", "")
                .containsEntry("languages", Set.of(FRENCH))
                .containsEntry("topics", Set.of(Topic.MIGRATION_GOVERNANCE, Topic.DATA_EVIDENCE))
                .containsEntry("sdgs", Set.of(10, 11, 17))
                .containsEntry("gcm", Set.of(1, 23))
                .containsEntry("minutes", 90)
                .containsEntry("centre", "CIFAL-JEJU");
        assertThat(text("SELECT l.language FROM course_revision_language l JOIN course_revision r ON r.id = l.revision_id WHERE r.course_id = ?", id))
                .as("languages are stored as their codes").isEqualTo("fr");
        assertThat(number("SELECT COUNT(*) FROM course WHERE id = ? AND owner_subject = ? AND status = 'DRAFT'", id, trainer.subject()))
                .isEqualTo(1);
        assertThat(auditLines(trainer, CourseAuthoring.AUDIT_CREATED, id)).isEqualTo(1);
        assertThat(authoring.editableBy(trainer)).extracting(Course::id).containsExactly(id);
    }

    // --- who may do what ---------------------------------------------------------------------------------------------

    @Test
    void anotherTrainerIsForbiddenEveryChangeToTheCourseAndNothingChanges() throws SQLException {
        Actor owner = trainer();
        Actor other = trainer();
        String tag = tag();
        long id = authoring.create(owner, courseDetails(ENGLISH, "Owned " + tag, "Summary " + tag)).id();
        long module = authoring.addModule(owner, id, moduleDetails("Basics"));
        long lesson = authoring.addLesson(owner, id, module, page("Welcome " + tag, "<p>Hello</p>"));
        long video = authoring.addLesson(owner, id, module, video("A talk"));
        authoring.uploadLessonFile(owner, id, video, ENGLISH, FileRole.MEDIA, mp4(), "talk.mp4");
        authoring.publish(owner, id);
        long revisionVersion = read(owner, id, c -> c.current().version());
        long moduleVersion = read(owner, id, c -> c.current().module(module).orElseThrow().version());
        long lessonVersion = read(owner, id, c -> c.current().lesson(lesson).orElseThrow().version());
        long auditBefore = number("SELECT COUNT(*) FROM audit_event WHERE object_type = 'course' AND object_id = ?", String.valueOf(id));

        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("update", () -> authoring.update(other, id, 1, revisionVersion, courseDetails(ENGLISH, "Hijacked", "Hijacked")));
        calls.put("addModule", () -> authoring.addModule(other, id, moduleDetails("Hijacked")));
        calls.put("editModule", () -> authoring.editModule(other, id, module, 1, moduleVersion, moduleDetails("Hijacked")));
        calls.put("removeModule", () -> authoring.removeModule(other, id, module));
        calls.put("moveModule", () -> authoring.moveModule(other, id, module, 0));
        calls.put("addLesson", () -> authoring.addLesson(other, id, module, page("Hijacked", "<p>x</p>")));
        calls.put("editLesson", () -> authoring.editLesson(other, id, lesson, 1, lessonVersion, page("Hijacked", "<p>x</p>")));
        calls.put("removeLesson", () -> authoring.removeLesson(other, id, lesson));
        calls.put("moveLesson", () -> authoring.moveLesson(other, id, lesson, module, 1));
        calls.put("publish", () -> authoring.publish(other, id));
        calls.put("discardDraft", () -> authoring.discardDraft(other, id));
        calls.put("archive", () -> authoring.archive(other, id));
        calls.put("restore", () -> authoring.restore(other, id));
        calls.put("uploadLessonFile", () -> authoring.uploadLessonFile(other, id, video, ENGLISH, FileRole.MEDIA, mp4(), "other.mp4"));
        calls.put("removeLessonFile", () -> authoring.removeLessonFile(other, id, video, ENGLISH, FileRole.MEDIA));
        calls.put("editable", () -> authoring.editable(other, id));
        calls.put("history", () -> authoring.history(other, id));
        assertThat(refusedOtherwiseThan(Forbidden.class, calls)).as("calls not refused as Forbidden").isEmpty();

        assertThat(authoring.editableBy(other)).extracting(Course::id).doesNotContain(id);
        Map<String, Object> after = read(owner, id, course -> {
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("status", course.status());
            seen.put("hasDraft", course.hasDraft());
            seen.put("number", course.current().number());
            seen.put("version", course.current().version());
            seen.put("title", course.current().title(ENGLISH, ENGLISH));
            seen.put("modules", moduleIds(course.current()));
            seen.put("lessons", lessonIds(course.current()));
            seen.put("lessonTitle", course.current().lesson(lesson).orElseThrow().title(ENGLISH, ENGLISH));
            seen.put("files", course.current().lesson(video).orElseThrow().files().size());
            return seen;
        });
        assertThat(after).containsEntry("status", CourseStatus.PUBLISHED)
                .containsEntry("hasDraft", false)
                .containsEntry("number", 1)
                .containsEntry("version", revisionVersion)
                .containsEntry("title", "Owned " + tag)
                .containsEntry("modules", List.of(module))
                .containsEntry("lessons", List.of(List.of(lesson, video)))
                .containsEntry("lessonTitle", "Welcome " + tag)
                .containsEntry("files", 1);
        assertThat(number("SELECT revision_count FROM course WHERE id = ?", id)).isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM course_revision WHERE course_id = ?", id)).isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM audit_event WHERE object_type = 'course' AND object_id = ?", String.valueOf(id)))
                .isEqualTo(auditBefore);
        assertThat(number("SELECT COUNT(*) FROM audit_event WHERE actor = ?", other.subject())).isZero();
        assertThat(number("SELECT COUNT(*) FROM stored_file WHERE created_by = ?", other.subject())).isZero();
    }

    @Test
    void aLearnerCannotCreateOrOpenACourse() throws SQLException {
        Actor learner = learner();
        Actor owner = trainer();
        long id = authoring.create(owner, courseDetails(ENGLISH, "Not for learners " + tag(), "Summary")).id();

        assertThatThrownBy(() -> authoring.create(learner, courseDetails(ENGLISH, "By a learner " + tag(), "Summary")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> authoring.editable(learner, id)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> authoring.addModule(learner, id, moduleDetails("Learner's"))).isInstanceOf(Forbidden.class);

        assertThat(number("SELECT COUNT(*) FROM course WHERE owner_subject = ?", learner.subject())).isZero();
        assertThat(number("SELECT COUNT(*) FROM audit_event WHERE actor = ?", learner.subject())).isZero();
        assertThat(authoring.editableBy(learner)).isEmpty();
        assertThat(this.<Integer>read(owner, id, c -> c.current().modules().size())).isZero();
    }

    @Test
    void anAdministratorMayEditAnyCourse() throws SQLException {
        Actor owner = trainer();
        Actor administrator = administrator();
        String tag = tag();
        long id = authoring.create(owner, courseDetails(ENGLISH, "Trainer's course " + tag, "Summary " + tag)).id();
        CourseDetails details = read(administrator, id, c -> c.current().details(ENGLISH));
        int number = read(administrator, id, c -> c.current().number());
        long version = read(administrator, id, c -> c.current().version());
        details.setTitle("Renamed by the administrator " + tag);

        authoring.update(administrator, id, number, version, details);
        long module = authoring.addModule(administrator, id, moduleDetails("Added by the administrator"));

        Map<String, Object> after = read(owner, id, course -> {
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("owner", course.owner());
            seen.put("title", course.current().title(ENGLISH, ENGLISH));
            seen.put("modules", moduleIds(course.current()));
            seen.put("moduleTitle", course.current().module(module).orElseThrow().title(ENGLISH, ENGLISH));
            return seen;
        });
        assertThat(after).containsEntry("owner", owner.subject())
                .containsEntry("title", "Renamed by the administrator " + tag)
                .containsEntry("modules", List.of(module))
                .containsEntry("moduleTitle", "Added by the administrator");
        assertThat(auditLines(administrator, CourseAuthoring.AUDIT_EDITED, id)).isEqualTo(2);
        assertThat(authoring.editableBy(administrator)).extracting(Course::id).contains(id);
    }

    @Test
    void modulesAndLessonsOfAnotherCourseCannotBeReachedThroughOnesOwnCourse() throws SQLException {
        Actor owner = trainer();
        Actor stranger = trainer();
        String tag = tag();
        long mine = authoring.create(owner, courseDetails(ENGLISH, "Mine " + tag, "Summary")).id();
        long myModule = authoring.addModule(owner, mine, moduleDetails("My module"));
        long myLesson = authoring.addLesson(owner, mine, myModule, page("My lesson", "<p>Mine</p>"));
        authoring.publish(owner, mine);
        long theirs = authoring.create(stranger, courseDetails(ENGLISH, "Theirs " + tag, "Summary")).id();
        long theirModule = authoring.addModule(stranger, theirs, moduleDetails("Their module"));
        long theirLesson = authoring.addLesson(stranger, theirs, theirModule, video("Their video"));
        authoring.uploadLessonFile(stranger, theirs, theirLesson, ENGLISH, FileRole.MEDIA, mp4(), "theirs.mp4");
        long auditBefore = number("SELECT COUNT(*) FROM audit_event WHERE actor = ?", owner.subject());

        Map<String, ThrowingCallable> forbidden = new LinkedHashMap<>();
        forbidden.put("addLesson to their module", () -> authoring.addLesson(owner, mine, theirModule, page("Planted", "<p>x</p>")));
        forbidden.put("removeModule", () -> authoring.removeModule(owner, mine, theirModule));
        forbidden.put("moveModule", () -> authoring.moveModule(owner, mine, theirModule, 0));
        forbidden.put("removeLesson", () -> authoring.removeLesson(owner, mine, theirLesson));
        forbidden.put("moveLesson of theirs into mine", () -> authoring.moveLesson(owner, mine, theirLesson, myModule, 0));
        forbidden.put("moveLesson of mine into theirs", () -> authoring.moveLesson(owner, mine, myLesson, theirModule, 0));
        forbidden.put("uploadLessonFile", () -> authoring.uploadLessonFile(owner, mine, theirLesson, ENGLISH, FileRole.MEDIA, mp4(), "x.mp4"));
        forbidden.put("removeLessonFile", () -> authoring.removeLessonFile(owner, mine, theirLesson, ENGLISH, FileRole.MEDIA));
        assertThat(refusedOtherwiseThan(Forbidden.class, forbidden)).as("calls not refused as Forbidden").isEmpty();
        // The edit forms refuse a module or lesson that is not in the draft as changed meanwhile (Course.editModule and
        // Course.editLesson, as CourseTest specifies): refused all the same, and nothing changes.
        assertThatThrownBy(() -> authoring.editModule(owner, mine, theirModule, 1, 0, moduleDetails("Hijacked")))
                .as("editModule").isInstanceOf(EditConflict.class);
        assertThatThrownBy(() -> authoring.editLesson(owner, mine, theirLesson, 1, 0, page("Hijacked", "<p>x</p>")))
                .as("editLesson").isInstanceOf(EditConflict.class);
        ModuleDetails requiringTheirs = moduleDetails("Requires theirs");
        requiringTheirs.setPrerequisite(theirModule);
        assertThatThrownBy(() -> authoring.addModule(owner, mine, requiringTheirs))
                .as("addModule with their module as prerequisite").isInstanceOf(InputRefused.class);

        Map<String, Object> myCourse = read(owner, mine, course -> {
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("hasDraft", course.hasDraft());
            seen.put("number", course.current().number());
            seen.put("modules", moduleIds(course.current()));
            seen.put("lessons", lessonIds(course.current()));
            return seen;
        });
        assertThat(myCourse).containsEntry("hasDraft", false)
                .containsEntry("number", 1)
                .containsEntry("modules", List.of(myModule))
                .containsEntry("lessons", List.of(List.of(myLesson)));
        Map<String, Object> theirCourse = read(stranger, theirs, course -> {
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("modules", moduleIds(course.current()));
            seen.put("lessons", lessonIds(course.current()));
            seen.put("title", course.current().lesson(theirLesson).orElseThrow().title(ENGLISH, ENGLISH));
            seen.put("files", course.current().lesson(theirLesson).orElseThrow().files().size());
            return seen;
        });
        assertThat(theirCourse).containsEntry("modules", List.of(theirModule))
                .containsEntry("lessons", List.of(List.of(theirLesson)))
                .containsEntry("title", "Their video")
                .containsEntry("files", 1);
        assertThat(number("SELECT revision_count FROM course WHERE id = ?", mine)).isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM course_revision WHERE course_id = ?", mine)).isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM audit_event WHERE actor = ?", owner.subject())).isEqualTo(auditBefore);
        assertThat(number("SELECT COUNT(*) FROM stored_file WHERE created_by = ?", owner.subject())).isZero();
    }

    // --- outline, revisions and publishing ---------------------------------------------------------------------------

    @Test
    void aPublishedCourseKeepsItsRevisionWhileTheDraftChangesAndRevisionNumbersAreNeverReused() throws SQLException {
        Actor trainer = trainer();
        String tag = tag();
        long id = authoring.create(trainer, courseDetails(ENGLISH, "Revisions " + tag, "Summary")).id();
        long basics = authoring.addModule(trainer, id, moduleDetails("Basics"));
        long practice = authoring.addModule(trainer, id, moduleDetails("Practice"));
        long welcome = authoring.addLesson(trainer, id, basics, page("Welcome " + tag, "<p>Hello</p>"));
        long reading = authoring.addLesson(trainer, id, basics, link("Further reading", "https://www.un.org/en/"));
        long exercise = authoring.addLesson(trainer, id, practice, page("Exercise", "<p>Try it</p>"));

        authoring.moveLesson(trainer, id, reading, practice, 0);

        Map<String, Object> outline = read(trainer, id, course -> {
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("modules", moduleIds(course.current()));
            seen.put("lessons", lessonIds(course.current()));
            LessonContent moved = course.current().lesson(reading).orElseThrow();
            seen.put("movedKind", moved.kind());
            seen.put("movedUrl", moved.url());
            seen.put("movedModule", moved.module().moduleId());
            return seen;
        });
        assertThat(outline).containsEntry("modules", List.of(basics, practice))
                .containsEntry("lessons", List.of(List.of(welcome), List.of(reading, exercise)))
                .containsEntry("movedKind", LessonKind.LINK)
                .containsEntry("movedUrl", "https://www.un.org/en/")
                .containsEntry("movedModule", practice);

        CourseRevision first = authoring.publish(trainer, id);
        assertThat(first.number()).isEqualTo(1);
        long firstId = first.id();
        assertThat(read(trainer, id, Course::status)).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(read(trainer, id, Course::hasDraft)).isFalse();

        // editing the published course makes draft revision 2; learners keep revision 1
        long version = read(trainer, id, c -> c.current().lesson(welcome).orElseThrow().version());
        LessonDetails edited = read(trainer, id, c -> c.current().lesson(welcome).orElseThrow().details(ENGLISH));
        edited.setTitle("Welcome, revised " + tag);
        authoring.editLesson(trainer, id, welcome, 1, version, edited);

        Map<String, Object> both = read(trainer, id, course -> {
            CourseRevision published = course.published().orElseThrow();
            CourseRevision draft = course.current();
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("status", course.status());
            seen.put("hasDraft", course.hasDraft());
            seen.put("publishedNumber", published.number());
            seen.put("publishedId", published.id());
            seen.put("draftNumber", draft.number());
            seen.put("draftId", draft.id());
            seen.put("publishedTitle", published.lesson(welcome).orElseThrow().title(ENGLISH, ENGLISH));
            seen.put("draftTitle", draft.lesson(welcome).orElseThrow().title(ENGLISH, ENGLISH));
            seen.put("publishedModules", moduleIds(published));
            seen.put("draftModules", moduleIds(draft));
            seen.put("publishedLessons", lessonIds(published));
            seen.put("draftLessons", lessonIds(draft));
            return seen;
        });
        assertThat(both).containsEntry("status", CourseStatus.PUBLISHED)
                .containsEntry("hasDraft", true)
                .containsEntry("publishedNumber", 1)
                .containsEntry("publishedId", firstId)
                .containsEntry("draftNumber", 2)
                .containsEntry("publishedTitle", "Welcome " + tag)
                .containsEntry("draftTitle", "Welcome, revised " + tag)
                .containsEntry("publishedModules", List.of(basics, practice))
                .containsEntry("draftModules", List.of(basics, practice))
                .containsEntry("publishedLessons", List.of(List.of(welcome), List.of(reading, exercise)))
                .containsEntry("draftLessons", List.of(List.of(welcome), List.of(reading, exercise)));
        long draftId = (Long) both.get("draftId");
        assertThat(draftId).isNotEqualTo(firstId);
        // the same module and lesson identities, in different content rows per revision
        for (long module : List.of(basics, practice)) {
            List<List<Object>> rows = rows("SELECT id, revision_id FROM module_content WHERE module_id = ?", module);
            assertThat(rows).as("module %s", module).hasSize(2);
            assertThat(rows).extracting(r -> ((Number) r.get(1)).longValue()).containsExactlyInAnyOrder(firstId, draftId);
            assertThat(rows).extracting(r -> ((Number) r.get(0)).longValue()).doesNotHaveDuplicates();
        }
        for (long lesson : List.of(welcome, reading, exercise)) {
            List<List<Object>> rows = rows("""
                    SELECT lc.id, mc.revision_id FROM lesson_content lc JOIN module_content mc ON mc.id = lc.module_content_id
                    WHERE lc.lesson_id = ?""", lesson);
            assertThat(rows).as("lesson %s", lesson).hasSize(2);
            assertThat(rows).extracting(r -> ((Number) r.get(1)).longValue()).containsExactlyInAnyOrder(firstId, draftId);
            assertThat(rows).extracting(r -> ((Number) r.get(0)).longValue()).doesNotHaveDuplicates();
        }
        // what learners see, straight from the tables: the published revision, with the old title
        assertThat(number("SELECT published_revision_id FROM course WHERE id = ?", id)).isEqualTo(firstId);
        assertThat(text(publishedLessonTitle(), id, welcome)).isEqualTo("Welcome " + tag);

        CourseRevision second = authoring.publish(trainer, id);
        assertThat(second.number()).isEqualTo(2);
        List<CourseRevision> history = authoring.history(trainer, id);
        assertThat(history).extracting(CourseRevision::number).containsExactly(2, 1);
        assertThat(history).extracting(CourseRevision::publishedBy).containsOnly(trainer.subject());
        assertThat(history).extracting(CourseRevision::publishedAt).doesNotContainNull();
        assertThat(text(publishedLessonTitle(), id, welcome)).isEqualTo("Welcome, revised " + tag);
        assertThat(auditLines(trainer, CourseAuthoring.AUDIT_PUBLISHED, id)).isEqualTo(2);

        // a discarded draft's number is not given again
        long secondVersion = read(trainer, id, c -> c.current().lesson(welcome).orElseThrow().version());
        LessonDetails again = read(trainer, id, c -> c.current().lesson(welcome).orElseThrow().details(ENGLISH));
        again.setTitle("Welcome, to be discarded " + tag);
        authoring.editLesson(trainer, id, welcome, 2, secondVersion, again);
        assertThat(this.<Integer>read(trainer, id, c -> c.current().number())).isEqualTo(3);

        authoring.discardDraft(trainer, id);

        Map<String, Object> discarded = read(trainer, id, course -> {
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("hasDraft", course.hasDraft());
            seen.put("number", course.current().number());
            seen.put("title", course.current().lesson(welcome).orElseThrow().title(ENGLISH, ENGLISH));
            return seen;
        });
        assertThat(discarded).containsEntry("hasDraft", false)
                .containsEntry("number", 2)
                .containsEntry("title", "Welcome, revised " + tag);
        assertThat(number("SELECT COUNT(*) FROM course_revision WHERE course_id = ? AND number = 3", id)).isZero();
        assertThat(number("SELECT revision_count FROM course WHERE id = ?", id)).isEqualTo(3);

        long thirdVersion = read(trainer, id, c -> c.current().lesson(welcome).orElseThrow().version());
        LessonDetails later = read(trainer, id, c -> c.current().lesson(welcome).orElseThrow().details(ENGLISH));
        later.setTitle("Welcome, later " + tag);
        authoring.editLesson(trainer, id, welcome, 2, thirdVersion, later);

        assertThat(this.<Integer>read(trainer, id, c -> c.current().number())).isEqualTo(4);
        assertThat(this.<Integer>read(trainer, id, c -> c.published().orElseThrow().number())).isEqualTo(2);
        assertThat(authoring.history(trainer, id)).extracting(CourseRevision::number).containsExactly(2, 1);
    }

    @Test
    void twoPeopleEditingTheSameLessonTheSecondSaveIsRefusedAsAConflict() {
        Actor owner = trainer();
        Actor administrator = administrator();
        String tag = tag();
        long id = authoring.create(owner, courseDetails(ENGLISH, "Conflicts " + tag, "Summary")).id();
        long module = authoring.addModule(owner, id, moduleDetails("Basics"));
        long lesson = authoring.addLesson(owner, id, module, page("Original title", "<p>Original text</p>"));
        OpenedLesson byOwner = open(owner, id, lesson);
        OpenedLesson byAdministrator = open(administrator, id, lesson);
        assertThat(byAdministrator.revision()).isEqualTo(byOwner.revision());
        assertThat(byAdministrator.version()).isEqualTo(byOwner.version());

        byOwner.details().setTitle("The owner's title");
        byOwner.details().setBody("<p>Text saved first</p>");
        authoring.editLesson(owner, id, lesson, byOwner.revision(), byOwner.version(), byOwner.details());

        long versionAfterFirstSave = open(owner, id, lesson).version();
        byAdministrator.details().setTitle("The administrator's title");
        byAdministrator.details().setBody("<p>Text saved second</p>");
        Throwable secondSave = catchThrowable(() -> authoring.editLesson(administrator, id, lesson, byAdministrator.revision(),
                byAdministrator.version(), byAdministrator.details()));

        LessonDetails stored = read(owner, id, c -> c.current().lesson(lesson).orElseThrow().details(ENGLISH));
        assertThat(secondSave).as("the second save, opened at lesson version %d (version after the first save: %d; stored title now: %s)",
                byAdministrator.version(), versionAfterFirstSave, stored.getTitle()).isInstanceOf(EditConflict.class);
        assertThat(stored.getTitle()).isEqualTo("The owner's title");
        assertThat(stored.getBody()).isEqualTo("<p>Text saved first</p>");
    }

    @Test
    void twoPeopleEditingTheSameModuleTheSecondSaveIsRefusedAsAConflict() {
        Actor owner = trainer();
        Actor administrator = administrator();
        long id = authoring.create(owner, courseDetails(ENGLISH, "Module conflicts " + tag(), "Summary")).id();
        long module = authoring.addModule(owner, id, moduleDetails("Original module"));
        record OpenedModule(int revision, long version, ModuleDetails details) {
        }
        Function<Course, OpenedModule> open = course -> {
            ModuleContent content = course.current().module(module).orElseThrow();
            return new OpenedModule(course.current().number(), content.version(), content.details(ENGLISH));
        };
        OpenedModule byOwner = read(owner, id, open);
        OpenedModule byAdministrator = read(administrator, id, open);

        byOwner.details().setTitle("The owner's module");
        authoring.editModule(owner, id, module, byOwner.revision(), byOwner.version(), byOwner.details());

        long versionAfterFirstSave = read(owner, id, open).version();
        byAdministrator.details().setTitle("The administrator's module");
        Throwable secondSave = catchThrowable(() -> authoring.editModule(administrator, id, module, byAdministrator.revision(),
                byAdministrator.version(), byAdministrator.details()));

        String stored = read(owner, id, c -> c.current().module(module).orElseThrow().title(ENGLISH, ENGLISH));
        assertThat(secondSave).as("the second save, opened at module version %d (version after the first save: %d; stored title now: %s)",
                byAdministrator.version(), versionAfterFirstSave, stored).isInstanceOf(EditConflict.class);
        assertThat(stored).isEqualTo("The owner's module");
    }

    @Test
    void aDraftWithAModuleWithoutLessonsIsNotPublished() throws SQLException {
        Actor trainer = trainer();
        long id = authoring.create(trainer, courseDetails(ENGLISH, "Not ready " + tag(), "Summary")).id();
        long module = authoring.addModule(trainer, id, moduleDetails("Ready"));
        authoring.addLesson(trainer, id, module, page("Welcome", "<p>Hello</p>"));
        authoring.addModule(trainer, id, moduleDetails("Still empty"));

        assertThatThrownBy(() -> authoring.publish(trainer, id)).isInstanceOfSatisfying(PublishRefused.class,
                e -> assertThat(e.problems()).contains("author_course_outline.problem.emptyModule"));

        Map<String, Object> after = read(trainer, id, course -> {
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("status", course.status());
            seen.put("published", course.published().isPresent());
            seen.put("hasDraft", course.hasDraft());
            seen.put("publishedAt", String.valueOf(course.current().publishedAt()));
            return seen;
        });
        assertThat(after).containsEntry("status", CourseStatus.DRAFT)
                .containsEntry("published", false)
                .containsEntry("hasDraft", true)
                .containsEntry("publishedAt", "null");
        assertThat(number("SELECT COUNT(*) FROM course WHERE id = ? AND status = 'DRAFT' AND published_revision_id IS NULL", id))
                .isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM course_revision WHERE course_id = ? AND published_at IS NOT NULL", id)).isZero();
        assertThat(auditLines(trainer, CourseAuthoring.AUDIT_PUBLISHED, id)).isZero();
        assertThat(authoring.history(trainer, id)).isEmpty();
    }

    // --- files ---------------------------------------------------------------------------------------------------------

    @Test
    void aVideoIsStoredForALessonAnHtmlPageIsRefusedAndOnlyEditorsAndEnrolledLearnersMayReadIt() throws SQLException {
        Actor owner = trainer();
        Actor otherTrainer = trainer();
        Actor learner = learner();
        long id = authoring.create(owner, courseDetails(ENGLISH, "Videos " + tag(), "Summary")).id();
        long module = authoring.addModule(owner, id, moduleDetails("Watch"));
        long lesson = authoring.addLesson(owner, id, module, video("A talk"));
        long filesBefore = number("SELECT COUNT(*) FROM stored_file WHERE created_by = ?", owner.subject());

        authoring.uploadLessonFile(owner, id, lesson, ENGLISH, FileRole.MEDIA, mp4(), "../talk.mp4");

        assertThat(number("SELECT COUNT(*) FROM stored_file WHERE created_by = ?", owner.subject())).isEqualTo(filesBefore + 1);
        List<LessonFile> files = read(owner, id, c -> List.copyOf(c.current().lesson(lesson).orElseThrow().files()));
        assertThat(files).hasSize(1);
        LessonFile file = files.get(0);
        assertThat(file.role()).isEqualTo(FileRole.MEDIA);
        assertThat(file.language()).isEqualTo(ENGLISH);
        assertThat(file.type()).isEqualTo(FileType.MP4);
        assertThat(file.name()).isEqualTo("talk.mp4");
        List<List<Object>> stored = rows("SELECT type, size_bytes, created_by FROM stored_file WHERE id = ?", file.fileId());
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get(0)).isEqualTo("MP4");
        assertThat(((Number) stored.get(0).get(1)).longValue()).isEqualTo(MP4_BYTES.length);
        assertThat(stored.get(0).get(2)).isEqualTo(owner.subject());

        long allFiles = number("SELECT COUNT(*) FROM stored_file");
        byte[] html = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> authoring.uploadLessonFile(owner, id, lesson, ENGLISH, FileRole.MEDIA,
                new ByteArrayInputStream(html), "video.mp4"))
                .isInstanceOfSatisfying(FileRefused.class, e -> assertThat(e.reason()).isEqualTo(FileRefused.Reason.TYPE_NOT_ALLOWED));
        assertThat(number("SELECT COUNT(*) FROM stored_file")).isEqualTo(allFiles);
        assertThat(number("SELECT COUNT(*) FROM stored_file WHERE created_by = ?", owner.subject())).isEqualTo(filesBefore + 1);
        assertThat(this.<List<LessonFile>>read(owner, id, c -> List.copyOf(c.current().lesson(lesson).orElseThrow().files())))
                .extracting(LessonFile::fileId).containsExactly(file.fileId());

        assertThat(authoring.mayReadFile(owner, file.fileId())).isTrue();
        assertThat(authoring.mayReadFile(otherTrainer, file.fileId())).as("another trainer, course in draft").isFalse();
        assertThat(authoring.mayReadFile(learner, file.fileId())).as("a learner, course in draft").isFalse();

        authoring.publish(owner, id);

        assertThat(authoring.mayReadFile(otherTrainer, file.fileId())).as("another trainer, course published").isFalse();
        assertThat(authoring.mayReadFile(learner, file.fileId())).as("a learner not enrolled, course published").isFalse();
        assertThat(authoring.mayReadFile(owner, file.fileId())).isTrue();

        Enrolments enrolments = InContainer.bean(Enrolments.class);
        enrolments.join(learner, enrolments.editions(id).get(0).id());
        assertThat(authoring.mayReadFile(learner, file.fileId())).as("a learner enrolled, course published").isTrue();
        enrolments.leave(learner, id);
        assertThat(authoring.mayReadFile(learner, file.fileId())).as("a learner who left").isFalse();
    }

    // --- helpers -------------------------------------------------------------------------------------------------------

    private static final byte[] MP4_BYTES = mp4Bytes();

    private record OpenedLesson(int revision, long version, LessonDetails details) {
    }

    /** What the lesson form loads: the revision it shows, the lesson's version and its texts. */
    private OpenedLesson open(Actor actor, long courseId, long lessonId) {
        return read(actor, courseId, course -> {
            LessonContent lesson = course.current().lesson(lessonId).orElseThrow();
            return new OpenedLesson(course.current().number(), lesson.version(), lesson.details(ENGLISH));
        });
    }

    /** Reads the course as {@code actor} may edit it, in a transaction of its own (rolled back: only read). */
    private <T> T read(Actor actor, long courseId, Function<Course, T> what) {
        UserTransaction transaction;
        try {
            transaction = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
            transaction.begin();
        } catch (NamingException | NotSupportedException | SystemException e) {
            throw new IllegalStateException(e);
        }
        try {
            return what.apply(authoring.editable(actor, courseId));
        } finally {
            try {
                transaction.rollback();
            } catch (SystemException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The calls (by name) that did not throw {@code expected}, with what they did instead. */
    private static List<String> refusedOtherwiseThan(Class<? extends Throwable> expected, Map<String, ThrowingCallable> calls) {
        List<String> unexpected = new ArrayList<>();
        calls.forEach((name, call) -> {
            Throwable thrown = catchThrowable(call);
            if (!expected.isInstance(thrown)) {
                unexpected.add(name + ": " + (thrown == null ? "no exception" : thrown.toString()));
            }
        });
        return unexpected;
    }

    private static List<Long> moduleIds(CourseRevision revision) {
        return revision.modules().stream().map(ModuleContent::moduleId).toList();
    }

    private static List<List<Long>> lessonIds(CourseRevision revision) {
        return revision.modules().stream()
                .map(m -> m.lessons().stream().map(LessonContent::lessonId).toList())
                .toList();
    }

    private static String publishedLessonTitle() {
        return """
                SELECT v.value FROM course c
                JOIN module_content mc ON mc.revision_id = c.published_revision_id
                JOIN lesson_content lc ON lc.module_content_id = mc.id
                JOIN translated_text_value v ON v.text_id = lc.title_id AND v.language = 'en'
                WHERE c.id = ? AND lc.lesson_id = ?""";
    }

    private static Actor trainer() {
        return new Actor(UUID.randomUUID().toString(), true, false);
    }

    private static Actor administrator() {
        return new Actor(UUID.randomUUID().toString(), false, true);
    }

    private static Actor learner() {
        return new Actor(UUID.randomUUID().toString(), false, false);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static CourseDetails courseDetails(ContentLanguage language, String title, String summary) {
        CourseDetails details = new CourseDetails();
        details.setLanguage(language);
        details.setLanguages(EnumSet.of(language));
        details.setTitle(title);
        details.setSummary(summary);
        details.setDescription("<p>What cities do for migrants</p>");
        details.setTopics(EnumSet.of(Topic.MIGRATION_GOVERNANCE));
        details.setSdgs(Set.of(10));
        details.setGcmObjectives(Set.of(16));
        details.setEstimatedMinutes(90);
        details.setCifalCentre("CIFAL-JEJU");
        return details;
    }

    private static ModuleDetails moduleDetails(String title) {
        ModuleDetails details = new ModuleDetails();
        details.setLanguage(ENGLISH);
        details.setTitle(title);
        details.setSummary("About " + title);
        return details;
    }

    private static LessonDetails page(String title, String body) {
        LessonDetails details = new LessonDetails();
        details.setLanguage(ENGLISH);
        details.setKind(LessonKind.PAGE);
        details.setTitle(title);
        details.setBody(body);
        return details;
    }

    private static LessonDetails link(String title, String url) {
        LessonDetails details = new LessonDetails();
        details.setLanguage(ENGLISH);
        details.setKind(LessonKind.LINK);
        details.setTitle(title);
        details.setUrl(url);
        return details;
    }

    private static LessonDetails video(String title) {
        LessonDetails details = new LessonDetails();
        details.setLanguage(ENGLISH);
        details.setKind(LessonKind.VIDEO);
        details.setTitle(title);
        return details;
    }

    /** The start of an MP4 file: a box size, "ftyp", the brand "isom", then padding. */
    private static byte[] mp4Bytes() {
        byte[] bytes = new byte[64];
        bytes[3] = 0x18;
        System.arraycopy("ftypisom".getBytes(StandardCharsets.US_ASCII), 0, bytes, 4, 8);
        return bytes;
    }

    private static InputStream mp4() {
        return new ByteArrayInputStream(MP4_BYTES);
    }

    private static long auditLines(Actor actor, String action, long courseId) throws SQLException {
        return number("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ? AND object_type = 'course' AND object_id = ?",
                actor.subject(), action, String.valueOf(courseId));
    }

    private static long number(String sql, Object... parameters) throws SQLException {
        List<List<Object>> rows = rows(sql, parameters);
        assertThat(rows).as(sql).hasSize(1);
        return ((Number) rows.get(0).get(0)).longValue();
    }

    private static String text(String sql, Object... parameters) throws SQLException {
        List<List<Object>> rows = rows(sql, parameters);
        assertThat(rows).as(sql).hasSize(1);
        return (String) rows.get(0).get(0);
    }

    private static List<List<Object>> rows(String sql, Object... parameters) {
        return Sql.rows(sql, parameters);
    }
}
