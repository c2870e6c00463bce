package org.unitar.learning.assessment.service;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unitar.learning.assessment.Attempt;
import org.unitar.learning.assessment.AttemptClosed;
import org.unitar.learning.assessment.AttemptQuestion;
import org.unitar.learning.assessment.AttemptState;
import org.unitar.learning.assessment.ChoiceScoring;
import org.unitar.learning.assessment.ChoiceScoring.Option;
import org.unitar.learning.assessment.EssayScoring;
import org.unitar.learning.assessment.NumericScoring;
import org.unitar.learning.assessment.QuestionContent;
import org.unitar.learning.assessment.QuizSettings;
import org.unitar.learning.assessment.Response;
import org.unitar.learning.catalogue.CompletionRule;
import org.unitar.learning.catalogue.CourseDetails;
import org.unitar.learning.catalogue.LessonDetails;
import org.unitar.learning.catalogue.LessonKind;
import org.unitar.learning.catalogue.ModuleDetails;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.learning.service.Enrolments;
import org.unitar.learning.learning.service.Learning;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.shared.security.NotFound;
import org.unitar.learning.support.AtOnce;
import org.unitar.learning.support.ContainerTest;
import org.unitar.learning.support.CourseFixtures;
import org.unitar.learning.support.Deployments;
import org.unitar.learning.support.InContainer;
import org.unitar.learning.support.Sql;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unitar.learning.shared.i18n.ContentLanguage.ENGLISH;

/**
 * Attempts on the real database in Payara: answers saved one by one and never overwritten by an older save, one
 * graded attempt whatever the number of submits, no more attempts than allowed, the server submitting attempts
 * whose time is up, and passing a required quiz completing the course.
 */
@ContainerTest
class AttemptsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(CourseFixtures.class, AttemptsIT.class, Sql.class, AtOnce.class);
    }

    private record Built(long courseId, long quizLessonId, List<Long> questions) {
    }

    private final Actor owner = new Actor(UUID.randomUUID().toString(), true, false);
    private CourseAuthoring authoring;
    private QuestionBanks banks;
    private Quizzes quizzes;
    private Attempts attempts;
    private Enrolments enrolments;
    private Learning learning;

    @BeforeEach
    void lookUp() {
        authoring = InContainer.bean(CourseAuthoring.class);
        banks = InContainer.bean(QuestionBanks.class);
        quizzes = InContainer.bean(Quizzes.class);
        attempts = InContainer.bean(Attempts.class);
        enrolments = InContainer.bean(Enrolments.class);
        learning = InContainer.bean(Learning.class);
    }

    @Test
    void aLearnerAnswersSubmitsOnceAndPassingTheRequiredQuizCompletesTheCourse() {
        Built course = course(2, settings -> settings.setAttemptsAllowed(2));
        Actor learner = enrolled(course);

        Attempt attempt = attempts.start(learner, course.courseId(), course.quizLessonId(), ENGLISH);
        assertThat(attempts.start(learner, course.courseId(), course.quizLessonId(), ENGLISH).id())
                .as("a repeated start resumes the attempt in progress").isEqualTo(attempt.id());
        assertThat(attempt.questions()).hasSize(2);
        int choice = position(attempt, "SINGLE_CHOICE");
        int numeric = position(attempt, "NUMERIC");

        assertThat(attempts.answer(learner, attempt.id(), choice, 1, shown(attempt, choice, "b"))).isTrue();
        assertThat(attempts.answer(learner, attempt.id(), choice, 3, shown(attempt, choice, "a"))).isTrue();
        assertThat(attempts.answer(learner, attempt.id(), choice, 2, shown(attempt, choice, "b"))).as("an older save arriving late").isFalse();
        assertThat(attempts.answer(learner, attempt.id(), numeric, 1, Response.of("2,5 km"))).isTrue();
        assertThatThrownBy(() -> attempts.answer(learner, attempt.id(), choice, 4, Response.of("z"))).isInstanceOf(InputRefused.class);
        assertThatThrownBy(() -> attempts.answer(learner, attempt.id(), 7, 5, Response.of("a"))).isInstanceOf(InputRefused.class);
        Actor other = enrolled(course);
        assertThatThrownBy(() -> attempts.answer(other, attempt.id(), choice, 9, Response.of("0"))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> attempts.attempt(other, attempt.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> attempts.submit(other, attempt.id())).isInstanceOf(NotFound.class);

        Attempt resumed = attempts.attempt(learner, attempt.id());
        assertThat(resumed.question(choice).orElseThrow().response()).isEqualTo(Response.of("a"));
        assertThat(resumed.question(choice).orElseThrow().sequence()).isEqualTo(3);

        Attempt submitted = attempts.submit(learner, attempt.id());
        assertThat(submitted.state()).isEqualTo(AttemptState.GRADED);
        assertThat(submitted.percent().orElseThrow()).isEqualByComparingTo("100");
        assertThat(submitted.passed()).contains(true);
        assertThat(attempts.submit(learner, attempt.id()).submittedAt()).isEqualTo(submitted.submittedAt());
        assertThatThrownBy(() -> attempts.answer(learner, attempt.id(), choice, 10, Response.of("0"))).isInstanceOf(AttemptClosed.class);

        assertThat(Sql.number("SELECT COUNT(*) FROM learning_event WHERE learner_subject = ? AND verb = 'PASSED' AND object_id = ? AND score_scaled = 1",
                learner.subject(), course.quizLessonId())).isEqualTo(1);
        assertThat(learning.outline(learner, course.courseId()).progress().completed()).isTrue();
        assertThat(attempts.overview(learner, course.courseId(), course.quizLessonId()).passed()).isTrue();
    }

    @Test
    void aFailedAttemptLeavesTheLessonIncompleteAndAttemptsRunOut() {
        Built course = course(1, settings -> settings.setAttemptsAllowed(1));
        Actor learner = enrolled(course);
        Attempt attempt = attempts.start(learner, course.courseId(), course.quizLessonId(), ENGLISH);
        attempts.answer(learner, attempt.id(), 0, 1, shown(attempt, 0, "b"));

        assertThat(attempts.submit(learner, attempt.id()).passed()).contains(false);
        assertThat(learning.outline(learner, course.courseId()).progress().completed()).isFalse();
        assertThat(attempts.overview(learner, course.courseId(), course.quizLessonId()).cannotStart())
                .isEqualTo(Attempts.CannotStart.NO_ATTEMPTS_LEFT);
        assertThatThrownBy(() -> attempts.start(learner, course.courseId(), course.quizLessonId(), ENGLISH))
                .isInstanceOf(InputRefused.class);
    }

    @Test
    void aQuizWhoseDrawFindsNoQuestionCannotBeStarted() {
        Built course = course(1, settings -> { });
        long empty = banks.addCategory(owner, banks.ofCourse(owner, course.courseId(), "General").id(), "Empty").id();
        long slot = quizzes.quiz(owner, course.courseId(), course.quizLessonId()).slots().get(0).id();
        quizzes.removeSlot(owner, course.courseId(), course.quizLessonId(), slot);
        quizzes.addDraw(owner, course.courseId(), course.quizLessonId(), empty, 3);
        Actor learner = enrolled(course);

        assertThatThrownBy(() -> attempts.start(learner, course.courseId(), course.quizLessonId(), ENGLISH)).isInstanceOf(InputRefused.class);
        assertThat(Sql.number("SELECT COUNT(*) FROM attempt WHERE learner_subject = ?", learner.subject())).isZero();
    }

    @Test
    void twoSubmitsAtOnceGiveOneGradedAttempt() throws Exception {
        Built course = course(2, settings -> { });
        Actor learner = enrolled(course);
        Attempt attempt = attempts.start(learner, course.courseId(), course.quizLessonId(), ENGLISH);
        attempts.answer(learner, attempt.id(), position(attempt, "SINGLE_CHOICE"), 1, shown(attempt, position(attempt, "SINGLE_CHOICE"), "a"));

        List<Object> outcomes = AtOnce.run(2, () -> attempts.submit(learner, attempt.id()).state());

        assertThat(outcomes).containsOnly(AttemptState.GRADED);
        assertThat(Sql.number("SELECT COUNT(*) FROM learning_event WHERE learner_subject = ? AND verb IN ('PASSED', 'FAILED')",
                learner.subject())).isEqualTo(1);
        assertThat(Sql.number("SELECT COUNT(*) FROM attempt WHERE learner_subject = ? AND state = 'GRADED'", learner.subject())).isEqualTo(1);
    }

    @Test
    void fiftySavesAtOnceAreAllKeptAndTheNewestAnswerOfEachQuestionWins() throws Exception {
        Built course = course(10, settings -> { });
        Actor learner = enrolled(course);
        Attempt attempt = attempts.start(learner, course.courseId(), course.quizLessonId(), ENGLISH);
        List<int[]> saves = new ArrayList<>();
        for (int position = 0; position < 10; position++) {
            for (int sequence = 1; sequence <= 5; sequence++) {
                saves.add(new int[] {position, sequence});
            }
        }
        Collections.shuffle(saves);
        List<Callable<Object>> calls = saves.stream().<Callable<Object>>map(s -> () -> attempts.answer(learner, attempt.id(), s[0], s[1],
                shownAnswerFor(attempt, s[0], s[1]))).toList();

        List<Object> outcomes = AtOnce.run(calls);

        assertThat(outcomes).allMatch(o -> o instanceof Boolean, "every save answers without error: " + outcomes);
        Attempt saved = attempts.attempt(learner, attempt.id());
        for (AttemptQuestion question : saved.questions()) {
            assertThat(question.sequence()).isEqualTo(5);
            assertThat(question.response()).isEqualTo(answerFor(attempt, question.position(), 5));
        }
    }

    @Test
    void replayedStartsNeverMakeMoreAttemptsThanAllowed() throws Exception {
        Built course = course(1, settings -> settings.setAttemptsAllowed(1));
        Actor learner = enrolled(course);

        AtOnce.run(Collections.nCopies(6, () -> attempts.start(learner, course.courseId(), course.quizLessonId(), ENGLISH).id()));
        Attempt only = attempts.start(learner, course.courseId(), course.quizLessonId(), ENGLISH);
        attempts.submit(learner, only.id());
        assertThatThrownBy(() -> attempts.start(learner, course.courseId(), course.quizLessonId(), ENGLISH)).isInstanceOf(InputRefused.class);

        assertThat(Sql.number("SELECT COUNT(*) FROM attempt WHERE learner_subject = ?", learner.subject())).isEqualTo(1);
    }

    @Test
    void theServerSubmitsAnAttemptWhoseTimeIsUpWithTheAnswersSavedBefore() throws Exception {
        LocalDateTime closes = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(4);
        Built course = course(2, settings -> settings.setClosesAt(closes));
        Actor learner = enrolled(course);
        Attempt attempt = attempts.start(learner, course.courseId(), course.quizLessonId(), ENGLISH);
        assertThat(attempt.deadline()).contains(closes.toInstant(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        attempts.answer(learner, attempt.id(), position(attempt, "SINGLE_CHOICE"), 1, shown(attempt, position(attempt, "SINGLE_CHOICE"), "a"));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!"GRADED".equals(Sql.rows("SELECT state FROM attempt WHERE id = ?", attempt.id()).get(0).get(0)) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }

        Attempt expired = attempts.attempt(learner, attempt.id());
        assertThat(expired.state()).isEqualTo(AttemptState.GRADED);
        assertThat(expired.expired()).isTrue();
        assertThat(expired.percent().orElseThrow()).isEqualByComparingTo("50");
        assertThat(learning.outline(learner, course.courseId()).progress().completed()).as("50 % reaches the pass mark").isTrue();
        assertThatThrownBy(() -> attempts.answer(learner, attempt.id(), 0, 5, Response.of("0"))).isInstanceOf(AttemptClosed.class);
        assertThatThrownBy(() -> attempts.start(learner, course.courseId(), course.quizLessonId(), ENGLISH)).isInstanceOf(InputRefused.class);
    }

    @Test
    void onlyTheCoursesTrainersBuildItsQuizAndOnlyFromBanksItMayUse() {
        Built course = course(1, settings -> { });
        Actor other = new Actor(UUID.randomUUID().toString(), true, false);
        assertThatThrownBy(() -> quizzes.quiz(other, course.courseId(), course.quizLessonId())).isInstanceOf(Forbidden.class);
        Built another = courseOf(other, 1, settings -> { });
        assertThatThrownBy(() -> quizzes.addQuestion(owner, course.courseId(), course.quizLessonId(), another.questions().get(0)))
                .isInstanceOf(InputRefused.class);
        long pageLesson = Sql.number("SELECT MIN(lesson_id) FROM lesson_content lc JOIN lesson l ON l.id = lc.lesson_id WHERE l.course_id = ?",
                course.courseId());
        assertThatThrownBy(() -> quizzes.quiz(owner, course.courseId(), pageLesson)).isInstanceOf(Forbidden.class);
    }

    @Test
    void anEssayWaitsForTheCoursesTrainerWhoseMarkCompletesTheCourse() {
        Built course = course(1, settings -> { });
        long category = banks.question(owner, course.questions().get(0)).category().id();
        long essay = banks.addQuestion(owner, category, new QuestionContent(BigDecimal.valueOf(2), Map.of(ENGLISH, "Why plan locally?"),
                Map.of(), List.of(), new EssayScoring())).id();
        quizzes.addQuestion(owner, course.courseId(), course.quizLessonId(), essay);
        Actor learner = enrolled(course);
        Attempt attempt = attempts.start(learner, course.courseId(), course.quizLessonId(), ENGLISH);
        int essayAt = position(attempt, "ESSAY");
        attempts.answer(learner, attempt.id(), essayAt, 1, Response.of("Because services are local."));
        attempts.answer(learner, attempt.id(), position(attempt, "SINGLE_CHOICE"), 1, shown(attempt, position(attempt, "SINGLE_CHOICE"), "a"));

        assertThat(attempts.submit(learner, attempt.id()).state()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(learning.outline(learner, course.courseId()).progress().completed()).isFalse();
        Grading grading = InContainer.bean(Grading.class);
        assertThat(grading.waiting(owner, course.courseId())).singleElement()
                .satisfies(w -> assertThat(w.question().response().text()).isEqualTo("Because services are local."));
        Actor other = new Actor(UUID.randomUUID().toString(), true, false);
        assertThatThrownBy(() -> grading.waiting(other, course.courseId())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> grading.mark(other, course.courseId(), attempt.id(), essayAt, BigDecimal.ONE, "ok")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> grading.mark(owner, course.courseId(), attempt.id(), essayAt, new BigDecimal("2.5"), "too many"))
                .isInstanceOf(InputRefused.class);

        grading.mark(owner, course.courseId(), attempt.id(), essayAt, BigDecimal.ONE, "Good start; say which services.");

        Attempt graded = attempts.attempt(learner, attempt.id());
        assertThat(graded.state()).isEqualTo(AttemptState.GRADED);
        assertThat(graded.percent().orElseThrow()).isEqualByComparingTo("66.6667");
        assertThat(graded.question(essayAt).orElseThrow().comment()).contains("Good start; say which services.");
        assertThat(learning.outline(learner, course.courseId()).progress().completed()).isTrue();
        assertThat(grading.waiting(owner, course.courseId())).isEmpty();
    }

    @Test
    void aRegradeAfterFixingAQuestionTurnsAPassIntoAFailAndTakesTheCompletionBack() {
        Built course = course(1, settings -> { });
        Actor learner = enrolled(course);
        Attempt attempt = attempts.start(learner, course.courseId(), course.quizLessonId(), ENGLISH);
        attempts.answer(learner, attempt.id(), 0, 1, shown(attempt, 0, "a"));
        attempts.submit(learner, attempt.id());
        assertThat(learning.outline(learner, course.courseId()).progress().completed()).isTrue();
        long questionId = course.questions().get(0);
        QuestionContent fixed = new QuestionContent(BigDecimal.ONE, Map.of(ENGLISH, "Who coordinates reception?"), Map.of(),
                List.of(new QuestionContent.Part("a", Map.of(ENGLISH, "The mayor's office"), Map.of()),
                        new QuestionContent.Part("b", Map.of(ENGLISH, "Nobody"), Map.of())),
                ChoiceScoring.single(List.of(new Option("a", 0), new Option("b", 1))));
        banks.revise(owner, questionId, 1, fixed);

        int changed = InContainer.bean(Grading.class).regrade(owner, course.courseId(), questionId);

        assertThat(changed).isEqualTo(1);
        Attempt regraded = attempts.attempt(learner, attempt.id());
        assertThat(regraded.percent().orElseThrow()).isEqualByComparingTo("0");
        assertThat(regraded.passed()).contains(false);
        assertThat(regraded.question(0).orElseThrow().question().number()).as("the attempt keeps the version it showed").isEqualTo(1);
        assertThat(learning.outline(learner, course.courseId()).progress().completed()).isFalse();
        assertThat(Sql.number("SELECT COUNT(*) FROM learning_event WHERE learner_subject = ? AND verb = 'COMPLETED' AND object_type = 'course' AND completion = FALSE",
                learner.subject())).isEqualTo(1);
    }

    private Built course(int questions, java.util.function.Consumer<QuizSettings> settings) {
        return courseOf(owner, questions, settings);
    }

    /** A published course: a page, then a required assessment lesson whose quiz asks {@code questions} questions. */
    private Built courseOf(Actor trainer, int questions, java.util.function.Consumer<QuizSettings> settings) {
        CourseDetails details = CourseFixtures.details("Data on migration", 30);
        long courseId = authoring.create(trainer, details).id();
        ModuleDetails module = new ModuleDetails();
        module.setLanguage(ENGLISH);
        module.setTitle("Data");
        module.setSummary("Data");
        long moduleId = authoring.addModule(trainer, courseId, module);
        authoring.addLesson(trainer, courseId, moduleId, lesson(LessonKind.PAGE, "Sources", false));
        long quizLesson = authoring.addLesson(trainer, courseId, moduleId, lesson(LessonKind.ASSESSMENT, "Check", true));

        long category = banks.ofCourse(trainer, courseId, "General").categories().get(0).id();
        List<Long> ids = new ArrayList<>();
        ids.add(banks.addQuestion(trainer, category, choice()).id());
        for (int i = 1; i < questions; i++) {
            ids.add(banks.addQuestion(trainer, category, numeric(i)).id());
        }
        QuizSettings quizSettings = quizzes.quiz(trainer, courseId, quizLesson).settings();
        quizSettings.setPassPercent(50);
        settings.accept(quizSettings);
        quizzes.save(trainer, courseId, quizLesson, quizzes.quiz(trainer, courseId, quizLesson).version(), quizSettings);
        ids.forEach(id -> quizzes.addQuestion(trainer, courseId, quizLesson, id));
        authoring.publish(trainer, courseId);
        return new Built(courseId, quizLesson, ids);
    }

    private static LessonDetails lesson(LessonKind kind, String title, boolean required) {
        LessonDetails details = new LessonDetails();
        details.setLanguage(ENGLISH);
        details.setKind(kind);
        details.setTitle(title);
        details.setBody("<p>" + title + "</p>");
        details.setRequired(required);
        details.setCompletion(kind == LessonKind.PAGE ? CompletionRule.ON_VIEW : CompletionRule.LEARNER_MARKS);
        return details;
    }

    private static QuestionContent choice() {
        return new QuestionContent(BigDecimal.ONE, Map.of(ENGLISH, "Who coordinates reception?"), Map.of(),
                List.of(new QuestionContent.Part("a", Map.of(ENGLISH, "The mayor's office"), Map.of()),
                        new QuestionContent.Part("b", Map.of(ENGLISH, "Nobody"), Map.of())),
                ChoiceScoring.single(List.of(new Option("a", 1), new Option("b", 0))));
    }

    private static QuestionContent numeric(int i) {
        return new QuestionContent(BigDecimal.ONE, Map.of(ENGLISH, "How far is reception centre " + i + " (km)?"), Map.of(), List.of(),
                NumericScoring.of(List.of(new NumericScoring.Accepted(new BigDecimal("2.5"), BigDecimal.ZERO, 1)),
                        List.of(new NumericScoring.Unit("km", BigDecimal.ONE)), false));
    }

    private static Response answerFor(Attempt attempt, int position, int sequence) {
        return attempt.questions().get(position).question().question().type().name().equals("SINGLE_CHOICE")
                ? Response.of(sequence % 2 == 0 ? "a" : "b") : Response.of(String.valueOf(sequence));
    }

    /** What the page posts for option {@code key} of the question at {@code position}: its place, not its key. */
    private static Response shown(Attempt attempt, int position, String key) {
        return Response.of(attempt.questions().get(position).shown(key));
    }

    private static Response shownAnswerFor(Attempt attempt, int position, int sequence) {
        Response answer = answerFor(attempt, position, sequence);
        return attempt.questions().get(position).question().question().type().name().equals("SINGLE_CHOICE")
                ? shown(attempt, position, answer.text()) : answer;
    }

    private static int position(Attempt attempt, String type) {
        return attempt.questions().stream().filter(q -> q.question().question().type().name().equals(type))
                .findFirst().orElseThrow().position();
    }

    private Actor enrolled(Built course) {
        Actor learner = new Actor(UUID.randomUUID().toString(), false, false);
        enrolments.join(learner, enrolments.editions(course.courseId()).get(0).id());
        return learner;
    }
}
