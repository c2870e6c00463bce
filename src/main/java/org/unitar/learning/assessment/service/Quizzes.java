package org.unitar.learning.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.unitar.learning.assessment.Question;
import org.unitar.learning.assessment.QuestionBank;
import org.unitar.learning.assessment.QuestionBankRepository;
import org.unitar.learning.assessment.QuestionCategory;
import org.unitar.learning.assessment.Quiz;
import org.unitar.learning.assessment.QuizRepository;
import org.unitar.learning.assessment.QuizSettings;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.EditConflict;
import org.unitar.learning.catalogue.LessonContent;
import org.unitar.learning.catalogue.LessonKind;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.identity.UserAccountRepository;
import org.unitar.learning.learning.service.Enrolments;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.audit.AuditLog;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;

/**
 * Trainers building the quiz of an assessment lesson: its settings, the questions it asks (from the course's bank or
 * a shared bank) and extra time for learners who need it. Only those who may edit the course; a lesson that is not
 * an assessment lesson of that course is {@link Forbidden}, like a course they may not edit.
 */
@ApplicationScoped
@Transactional
public class Quizzes {

    public static final String AUDIT_QUIZ_CHANGED = "assessment.quiz-changed";
    public static final String AUDIT_EXTRA_TIME = "assessment.extra-time-granted";

    /** The questions a quiz of a course may ask: those of its bank and of the shared banks, by category. */
    public record Available(QuestionBank bank, QuestionCategory category, List<Question> questions) {
    }

    @Inject
    QuizRepository quizzes;

    @Inject
    QuestionBankRepository banks;

    @Inject
    CourseAuthoring courses;

    @Inject
    Enrolments enrolments;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The quiz of the assessment lesson, made with the usual settings the first time it is opened. */
    public Quiz quiz(@NotNull Actor actor, long courseId, long lessonId) {
        assessmentLesson(actor, courseId, lessonId);
        return quizzes.quiz(lessonId)
                .orElseGet(() -> quizzes.add(Quiz.create(lessonId, courseId, actor.subject(), clock.instant())));
    }

    /** Saves the settings, if nobody changed the quiz since {@code version} was read. */
    public Quiz save(@NotNull Actor actor, long courseId, long lessonId, long version, @NotNull QuizSettings settings) {
        Quiz quiz = quiz(actor, courseId, lessonId);
        if (quiz.version() != version) {
            throw new EditConflict();
        }
        quiz.apply(settings, actor.subject(), clock.instant());
        changed(actor, quiz, "settings");
        return quiz;
    }

    public void addQuestion(@NotNull Actor actor, long courseId, long lessonId, long questionId) {
        Quiz quiz = quiz(actor, courseId, lessonId);
        Question question = banks.question(questionId).filter(q -> usable(q.category(), courseId))
                .orElseThrow(() -> new InputRefused("question", "quiz.questionUnknown"));
        quiz.add(question, actor.subject(), clock.instant());
        changed(actor, quiz, "question " + questionId);
    }

    public void addDraw(@NotNull Actor actor, long courseId, long lessonId, long categoryId, int count) {
        Quiz quiz = quiz(actor, courseId, lessonId);
        QuestionCategory category = banks.category(categoryId).filter(c -> usable(c, courseId))
                .orElseThrow(() -> new InputRefused("drawCategory", "quiz.categoryUnknown"));
        quiz.addDraw(category, count, actor.subject(), clock.instant());
        changed(actor, quiz, "draw " + count + " from category " + categoryId);
    }

    public void removeSlot(@NotNull Actor actor, long courseId, long lessonId, long slotId) {
        Quiz quiz = quiz(actor, courseId, lessonId);
        quiz.removeSlot(slotId, actor.subject(), clock.instant());
        changed(actor, quiz, "removed slot " + slotId);
    }

    public void moveSlot(@NotNull Actor actor, long courseId, long lessonId, long slotId, int by) {
        Quiz quiz = quiz(actor, courseId, lessonId);
        quiz.moveSlot(slotId, by, actor.subject(), clock.instant());
    }

    /** Gives a learner of the course (by user name or email) extra minutes in every attempt; 0 takes them away. */
    public void grantExtraTime(@NotNull Actor actor, long courseId, long lessonId, String userNameOrEmail, int minutes) {
        Quiz quiz = quiz(actor, courseId, lessonId);
        if (userNameOrEmail == null || userNameOrEmail.isBlank()) {
            throw new InputRefused("extraPerson", "enrolment.personRequired");
        }
        UserAccount person = accounts.findByUsernameOrEmail(userNameOrEmail.strip())
                .filter(p -> enrolments.find(p.subject(), courseId).isPresent())
                .orElseThrow(() -> new InputRefused("extraPerson", "quiz.extraTimePersonUnknown"));
        quiz.grantExtraTime(person.subject(), minutes, actor.subject(), clock.instant());
        audit.record(actor.subject(), AUDIT_EXTRA_TIME, "quiz", lessonId, person.subject() + " +" + minutes + " min");
    }

    /** Who the learners with extra time are: display names by subject. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> names(List<String> subjects) {
        return subjects.stream().distinct().collect(Collectors.toMap(Function.identity(),
                s -> accounts.findBySubject(s).map(UserAccount::displayName).orElse(s)));
    }

    /** The questions the course's quizzes may ask, by bank and category: the course's bank first, then shared banks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Available> available(@NotNull Actor actor, long courseId) {
        courses.editable(actor, courseId);
        List<QuestionBank> usable = new ArrayList<>();
        banks.ofCourse(courseId).ifPresent(usable::add);
        usable.addAll(banks.shared());
        return usable.stream().flatMap(b -> b.categories().stream()
                .map(c -> new Available(b, c, banks.questions(c.id())))).toList();
    }

    private boolean usable(QuestionCategory category, long courseId) {
        QuestionBank bank = category.bank();
        return bank.isShared() || bank.courseId().filter(id -> id == courseId).isPresent();
    }

    private LessonContent assessmentLesson(Actor actor, long courseId, long lessonId) {
        Course course = courses.editable(actor, courseId);
        return course.current().lesson(lessonId).filter(l -> l.kind() == LessonKind.ASSESSMENT)
                .orElseThrow(() -> new Forbidden("Lesson " + lessonId + " is not an assessment lesson of course " + courseId));
    }

    private void changed(Actor actor, Quiz quiz, String what) {
        quizzes.flush();
        audit.record(actor.subject(), AUDIT_QUIZ_CHANGED, "quiz", quiz.lessonId(), what);
    }
}
