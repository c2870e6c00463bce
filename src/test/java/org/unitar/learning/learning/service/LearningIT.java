package org.unitar.learning.learning.service;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unitar.learning.catalogue.CompletionRule;
import org.unitar.learning.catalogue.CourseDetails;
import org.unitar.learning.catalogue.EnrolmentPolicy;
import org.unitar.learning.catalogue.LessonDetails;
import org.unitar.learning.catalogue.ModuleDetails;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.identity.IdentityClaims;
import org.unitar.learning.identity.service.SignIn;
import org.unitar.learning.learning.CourseProgress;
import org.unitar.learning.learning.EditionDetails;
import org.unitar.learning.learning.Enrolment;
import org.unitar.learning.learning.EnrolmentRefused;
import org.unitar.learning.learning.EnrolmentStatus;
import org.unitar.learning.learning.LessonState;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.shared.security.NotFound;
import org.unitar.learning.support.AtOnce;
import org.unitar.learning.support.ContainerTest;
import org.unitar.learning.support.CourseFixtures;
import org.unitar.learning.support.Deployments;
import org.unitar.learning.support.InContainer;
import org.unitar.learning.support.Sql;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unitar.learning.shared.i18n.ContentLanguage.ENGLISH;

/**
 * Enrolment and progress in the container, on the real database: idempotent and concurrent saves, the last place of
 * an edition, completion, and what a learner may not reach. Each test builds and publishes its own course.
 */
@ContainerTest
class LearningIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(CourseFixtures.class, LearningIT.class, AtOnce.class, Sql.class);
    }

    private CourseAuthoring authoring;
    private Enrolments enrolments;
    private Learning learning;

    @BeforeEach
    void lookUp() {
        authoring = InContainer.bean(CourseAuthoring.class);
        enrolments = InContainer.bean(Enrolments.class);
        learning = InContainer.bean(Learning.class);
    }

    /** A published course: module 1 (a page completed on view, a page the learner marks), module 2 requiring 1. */
    private record Built(long courseId, long module1, long module2, long onView, long marked, long second) {
    }

    @Test
    void aSelfPacedCourseHasOneOpenEditionAndALearnerEnrolsOnce() {
        Built course = publishedCourse(EnrolmentPolicy.OPEN);
        Actor learner = learner();

        assertThat(enrolments.editions(course.courseId())).singleElement().satisfies(e -> assertThat(e.openEnded()).isTrue());
        long edition = enrolments.editions(course.courseId()).get(0).id();
        Enrolment first = enrolments.join(learner, edition);
        Enrolment again = enrolments.join(learner, edition);

        assertThat(first.status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(Sql.number("SELECT COUNT(*) FROM enrolment WHERE course_id = ? AND learner_subject = ?", course.courseId(), learner.subject())).isEqualTo(1);
        assertThat(Sql.number("SELECT COUNT(*) FROM learning_event WHERE registration = ? AND verb = 'REGISTERED'", first.registration())).isEqualTo(1);
    }

    @Test
    void theSameCompletionSentTwiceCountsOnce() {
        Built course = publishedCourse(EnrolmentPolicy.OPEN);
        Actor learner = enrolled(course);
        String visit = learning.open(learner, course.courseId(), course.marked(), ENGLISH).openEventId();

        learning.complete(learner, course.courseId(), course.marked(), visit, CompletionRule.LEARNER_MARKS, ENGLISH);
        learning.complete(learner, course.courseId(), course.marked(), visit, CompletionRule.LEARNER_MARKS, ENGLISH);
        learning.leave(learner, course.courseId(), course.marked(), visit, ENGLISH);
        learning.leave(learner, course.courseId(), course.marked(), visit, ENGLISH);

        assertThat(events(learner, "COMPLETED", course.marked())).isEqualTo(1);
        assertThat(events(learner, "EXPERIENCED", course.marked())).isEqualTo(1);
        assertThat(state(learner, course, course.marked())).isEqualTo(LessonState.COMPLETE);
    }

    @Test
    void twoThreadsSavingTheSameLessonAtOnceGiveOneResult() throws Exception {
        Built course = publishedCourse(EnrolmentPolicy.OPEN);
        Actor learner = enrolled(course);
        learning.open(learner, course.courseId(), course.onView(), ENGLISH);
        String visit = learning.open(learner, course.courseId(), course.marked(), ENGLISH).openEventId();

        List<Object> outcomes = atOnce(8, () -> learning.complete(learner, course.courseId(), course.marked(), visit,
                CompletionRule.LEARNER_MARKS, ENGLISH));

        assertThat(outcomes).allMatch(o -> !(o instanceof Throwable), "every save answers without error: " + outcomes);
        assertThat(events(learner, "COMPLETED", course.marked())).isEqualTo(1);
        assertThat(state(learner, course, course.marked())).isEqualTo(LessonState.COMPLETE);
        assertThat(Sql.number("SELECT p.completed_at IS NULL FROM lesson_progress p JOIN enrolment e ON e.id = p.enrolment_id "
                + "WHERE e.learner_subject = ? AND p.lesson_id = ?", learner.subject(), course.marked())).isZero();
    }

    @Test
    void twoDevicesNeverTakeALessonBackAndTheCourseCompletesOnce() throws Exception {
        Built course = publishedCourse(EnrolmentPolicy.OPEN);
        Actor learner = enrolled(course);
        learning.open(learner, course.courseId(), course.onView(), ENGLISH);
        String phone = learning.open(learner, course.courseId(), course.marked(), ENGLISH).openEventId();
        String laptop = learning.open(learner, course.courseId(), course.marked(), ENGLISH).openEventId();
        learning.complete(learner, course.courseId(), course.marked(), phone, CompletionRule.LEARNER_MARKS, ENGLISH);
        learning.open(learner, course.courseId(), course.marked(), ENGLISH);

        assertThat(state(learner, course, course.marked())).isEqualTo(LessonState.COMPLETE);

        learning.complete(learner, course.courseId(), course.marked(), laptop, CompletionRule.LEARNER_MARKS, ENGLISH);
        atOnce(4, () -> learning.open(learner, course.courseId(), course.second(), ENGLISH).progress().completed());

        CourseProgress progress = learning.outline(learner, course.courseId()).progress();
        assertThat(progress.completed()).isTrue();
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(Sql.number("SELECT COUNT(*) FROM learning_event WHERE learner_subject = ? AND verb = 'COMPLETED' AND object_type = 'course'",
                learner.subject())).isEqualTo(1);
    }

    @Test
    void completionStaysWhenTheTrainerPublishesANewRequiredLesson() {
        Built course = publishedCourse(EnrolmentPolicy.OPEN);
        Actor learner = enrolled(course);
        completeAll(learner, course);
        assertThat(learning.outline(learner, course.courseId()).progress().completed()).isTrue();

        long added = authoring.addLesson(owner, course.courseId(), course.module2(), page("Added later", CompletionRule.ON_VIEW));
        authoring.publish(owner, course.courseId());

        CourseProgress after = learning.outline(learner, course.courseId()).progress();
        assertThat(after.completed()).isTrue();
        assertThat(after.lesson(added)).hasValueSatisfying(l -> {
            assertThat(l.isNew()).isTrue();
            assertThat(l.state()).isEqualTo(LessonState.NOT_STARTED);
        });
        assertThat(after.percent()).isLessThan(100);
    }

    @Test
    void theLastPlaceOfAnEditionGoesToOneLearnerOnly() throws Exception {
        Built course = publishedCourse(EnrolmentPolicy.OPEN);
        long edition = enrolments.schedule(owner, course.courseId(), edition("Last place", 1, null)).id();

        List<Object> outcomes = atOnce(8, () -> enrolments.join(learner(), edition).status());

        assertThat(outcomes).filteredOn(EnrolmentStatus.ACTIVE::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof EnrolmentRefused r && r.messageKey().equals("enrolment.refused.full")).hasSize(7);
        assertThat(Sql.number("SELECT seats_taken FROM edition WHERE id = ?", edition)).isEqualTo(1);
        assertThat(Sql.number("SELECT COUNT(*) FROM enrolment WHERE edition_id = ?", edition)).isEqualTo(1);
    }

    @Test
    void aClosedWindowIsRefusedAndLeavingGivesThePlaceBack() {
        Built course = publishedCourse(EnrolmentPolicy.OPEN);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long closed = enrolments.schedule(owner, course.courseId(), edition("Closed", null, today.minusDays(1))).id();
        long open = enrolments.schedule(owner, course.courseId(), edition("Open", 2, today.plusDays(5))).id();
        Actor learner = learner();

        assertThatThrownBy(() -> enrolments.join(learner, closed)).isInstanceOf(EnrolmentRefused.class)
                .extracting(e -> ((EnrolmentRefused) e).messageKey()).isEqualTo("enrolment.refused.closed");
        enrolments.join(learner, open);
        assertThat(Sql.number("SELECT seats_taken FROM edition WHERE id = ?", open)).isEqualTo(1);
        enrolments.leave(learner, course.courseId());
        assertThat(Sql.number("SELECT seats_taken FROM edition WHERE id = ?", open)).isZero();
        assertThatThrownBy(() -> learning.outline(learner, course.courseId()).progress()).isInstanceOf(NotFound.class);
    }

    @Test
    void aRequestForAPlaceWaitsForATrainerAndTheLearnerIsToldByMail() {
        Built course = publishedCourse(EnrolmentPolicy.ON_APPROVAL);
        Actor learner = signedInLearner();
        long edition = enrolments.editions(course.courseId()).get(0).id();

        Enrolment request = enrolments.join(learner, edition);
        assertThat(request.status()).isEqualTo(EnrolmentStatus.REQUESTED);
        assertThatThrownBy(() -> learning.outline(learner, course.courseId()).progress()).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> enrolments.approve(learner(), request.id())).isInstanceOf(Forbidden.class);

        enrolments.approve(owner, request.id());

        assertThat(learning.outline(learner, course.courseId()).progress().percent()).isZero();
        assertThat(Sql.number("SELECT COUNT(*) FROM outgoing_mail WHERE recipient = ? AND template = 'enrolmentApproved'",
                learner.subject() + "@example.org")).isEqualTo(1);
        assertThatThrownBy(() -> enrolments.approve(owner, request.id())).isInstanceOf(EnrolmentRefused.class);
    }

    @Test
    void aLearnerReachesOnlyReleasedLessonsOfTheirCoursesWithTheirOwnVisits() {
        Built course = publishedCourse(EnrolmentPolicy.OPEN);
        Built other = publishedCourse(EnrolmentPolicy.OPEN);
        Actor learner = enrolled(course);
        Actor someoneElse = enrolled(course);
        String visit = learning.open(learner, course.courseId(), course.marked(), ENGLISH).openEventId();

        assertThatThrownBy(() -> learning.outline(learner, other.courseId()).progress()).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> learning.open(learner, other.courseId(), other.onView(), ENGLISH)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> learning.open(learner, course.courseId(), other.onView(), ENGLISH)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> learning.open(learner, course.courseId(), course.second(), ENGLISH))
                .as("module 2 requires module 1").isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> learning.complete(someoneElse, course.courseId(), course.marked(), visit,
                CompletionRule.LEARNER_MARKS, ENGLISH)).as("another learner's visit").isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> learning.complete(learner, course.courseId(), course.onView(), visit,
                CompletionRule.LEARNER_MARKS, ENGLISH)).as("not the lesson's rule").isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> learning.complete(learner, course.courseId(), course.marked(), UUID.randomUUID().toString(),
                CompletionRule.LEARNER_MARKS, ENGLISH)).isInstanceOf(NotFound.class);
        assertThat(state(learner, course, course.marked())).isEqualTo(LessonState.IN_PROGRESS);
        assertThat(Sql.number("SELECT COUNT(*) FROM lesson_progress p JOIN enrolment e ON e.id = p.enrolment_id WHERE e.learner_subject = ?",
                someoneElse.subject())).isZero();
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private final Actor owner = new Actor(UUID.randomUUID().toString(), true, false);

    private Built publishedCourse(EnrolmentPolicy policy) {
        CourseDetails details = CourseFixtures.details("Local integration", 40);
        details.setEnrolment(policy);
        long courseId = authoring.create(owner, details).id();
        long module1 = authoring.addModule(owner, courseId, module("Reception", null));
        long onView = authoring.addLesson(owner, courseId, module1, page("Who arrives", CompletionRule.ON_VIEW));
        long marked = authoring.addLesson(owner, courseId, module1, page("Your city's services", CompletionRule.LEARNER_MARKS));
        long module2 = authoring.addModule(owner, courseId, module("Partnerships", module1));
        long second = authoring.addLesson(owner, courseId, module2, page("Working with associations", CompletionRule.ON_VIEW));
        authoring.publish(owner, courseId);
        return new Built(courseId, module1, module2, onView, marked, second);
    }

    private static ModuleDetails module(String title, Long prerequisite) {
        ModuleDetails details = new ModuleDetails();
        details.setLanguage(ENGLISH);
        details.setTitle(title);
        details.setSummary("About " + title);
        details.setPrerequisite(prerequisite);
        return details;
    }

    private static LessonDetails page(String title, CompletionRule completion) {
        LessonDetails details = new LessonDetails();
        details.setLanguage(ENGLISH);
        details.setTitle(title);
        details.setBody("<p>" + title + "</p>");
        details.setCompletion(completion);
        return details;
    }

    private static EditionDetails edition(String name, Integer capacity, LocalDate enrolUntil) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        EditionDetails details = new EditionDetails();
        details.setName(name);
        details.setStartsOn(today.minusDays(10));
        details.setEndsOn(today.plusDays(30));
        details.setEnrolUntil(enrolUntil);
        details.setCapacity(capacity);
        return details;
    }

    private Actor enrolled(Built course) {
        Actor learner = learner();
        enrolments.join(learner, enrolments.editions(course.courseId()).get(0).id());
        return learner;
    }

    private void completeAll(Actor learner, Built course) {
        learning.open(learner, course.courseId(), course.onView(), ENGLISH);
        String visit = learning.open(learner, course.courseId(), course.marked(), ENGLISH).openEventId();
        learning.complete(learner, course.courseId(), course.marked(), visit, CompletionRule.LEARNER_MARKS, ENGLISH);
        learning.open(learner, course.courseId(), course.second(), ENGLISH);
    }

    private static Actor learner() {
        return new Actor(UUID.randomUUID().toString(), false, false);
    }

    /** A learner who has signed in once (the platform knows their email and language). */
    private static Actor signedInLearner() {
        String subject = UUID.randomUUID().toString();
        InContainer.bean(SignIn.class).signedIn(new IdentityClaims(subject, "learner-" + subject.substring(0, 8),
                "Fatou Sarr", subject + "@example.org", "fr", "Dakar", "SN"), null);
        return new Actor(subject, false, false);
    }

    private static long events(Actor learner, String verb, long lessonId) {
        return Sql.number("SELECT COUNT(*) FROM learning_event WHERE learner_subject = ? AND verb = ? AND object_type = 'lesson' AND object_id = ?",
                learner.subject(), verb, lessonId);
    }

    private static LessonState state(Actor learner, Built course, long lessonId) {
        return LessonState.of((int) Sql.number("""
                SELECT p.state FROM lesson_progress p JOIN enrolment e ON e.id = p.enrolment_id
                WHERE e.learner_subject = ? AND e.course_id = ? AND p.lesson_id = ?""", learner.subject(), course.courseId(), lessonId));
    }

    /** Runs {@code call} in {@code threads} threads at once; each result, or the refusal it met. */
    private static List<Object> atOnce(int threads, Callable<Object> call) throws Exception {
        return AtOnce.run(threads, call).stream().map(o -> o instanceof Throwable t ? unwrap(t) : o).toList();
    }

    private static Throwable unwrap(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EnrolmentRefused || cause instanceof NotFound || cause instanceof Forbidden) {
                return cause;
            }
        }
        return e;
    }
}
