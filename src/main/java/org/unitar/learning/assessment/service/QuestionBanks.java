package org.unitar.learning.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.unitar.learning.assessment.Question;
import org.unitar.learning.assessment.QuestionBank;
import org.unitar.learning.assessment.QuestionBankRepository;
import org.unitar.learning.assessment.QuestionCategory;
import org.unitar.learning.assessment.QuestionContent;
import org.unitar.learning.assessment.QuestionVersion;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.shared.audit.AuditLog;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;

import java.time.Clock;
import java.util.List;

/**
 * Trainers building question banks: a course's bank (those who may edit the course), banks shared across courses
 * (any trainer reads them; their creator and administrators change them), categories, questions and their
 * versions. Anything {@code actor} may not see or change is {@link Forbidden}, also when it does not exist.
 */
@ApplicationScoped
@Transactional
public class QuestionBanks {

    public static final String AUDIT_QUESTION_SAVED = "assessment.question-saved";

    @Inject
    QuestionBankRepository banks;

    @Inject
    CourseAuthoring courses;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The course's bank, made with its first category ({@code firstCategory}) the first time it is opened. */
    public QuestionBank ofCourse(@NotNull Actor actor, long courseId, @NotNull String firstCategory) {
        Course course = courses.editable(actor, courseId);
        return banks.ofCourse(courseId).orElseGet(() -> banks.add(QuestionBank.ofCourse(courseId,
                course.current().title(course.defaultLanguage(), course.defaultLanguage()), firstCategory,
                actor.subject(), clock.instant())));
    }

    public QuestionBank createShared(@NotNull Actor actor, String title, @NotNull String firstCategory, ContentLanguage language) {
        checkTrainer(actor);
        return banks.add(QuestionBank.shared(title, firstCategory, language, actor, clock.instant()));
    }

    /** The banks shared across courses, which every trainer may draw questions from. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuestionBank> shared(@NotNull Actor actor) {
        checkTrainer(actor);
        return banks.shared();
    }

    /** A bank {@code actor} may read: its course's editors, or any trainer for a shared bank. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionBank readable(@NotNull Actor actor, long bankId) {
        QuestionBank bank = banks.find(bankId).orElseThrow(() -> new Forbidden("No question bank " + bankId));
        if (bank.isShared()) {
            checkTrainer(actor);
        } else {
            courses.editable(actor, bank.courseId().orElseThrow());
        }
        return bank;
    }

    public QuestionCategory addCategory(@NotNull Actor actor, long bankId, String name) {
        QuestionCategory category = editable(actor, bankId).addCategory(name);
        banks.flush();
        return category;
    }

    /** Renames a category of a bank {@code actor} may change (its questions and the quizzes drawing from it keep it). */
    public void renameCategory(@NotNull Actor actor, long categoryId, String name) {
        QuestionCategory category = editableCategory(actor, categoryId);
        category.bank().renameCategory(category, name);
        banks.flush();
    }

    /** A category of a bank {@code actor} may read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionCategory category(@NotNull Actor actor, long categoryId) {
        QuestionCategory category = banks.category(categoryId).orElseThrow(() -> new Forbidden("No category " + categoryId));
        readable(actor, category.bank().id());
        return category;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Question> questions(@NotNull Actor actor, long categoryId) {
        return banks.questions(category(actor, categoryId).id());
    }

    public Question addQuestion(@NotNull Actor actor, long categoryId, @NotNull QuestionContent content) {
        QuestionCategory category = editableCategory(actor, categoryId);
        Question question = banks.add(Question.create(category, content, actor.subject(), clock.instant()));
        audit.record(actor.subject(), AUDIT_QUESTION_SAVED, "question", question.id(), "version 1");
        return question;
    }

    /** Saves {@code content} as the next version of the question, if {@code basedOn} is still its current version. */
    public QuestionVersion revise(@NotNull Actor actor, long questionId, int basedOn, @NotNull QuestionContent content) {
        Question question = editableQuestion(actor, questionId);
        QuestionVersion version = question.revise(basedOn, content, actor.subject(), clock.instant());
        banks.flush();
        audit.record(actor.subject(), AUDIT_QUESTION_SAVED, "question", questionId, "version " + version.number());
        return version;
    }

    /** Moves a question to another category of a bank {@code actor} may change (its versions go with it). */
    public void move(@NotNull Actor actor, long questionId, long categoryId) {
        Question question = editableQuestion(actor, questionId);
        question.moveTo(editableCategory(actor, categoryId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Question question(@NotNull Actor actor, long questionId) {
        Question question = banks.question(questionId).orElseThrow(() -> new Forbidden("No question " + questionId));
        readable(actor, question.category().bank().id());
        return question;
    }

    private Question editableQuestion(Actor actor, long questionId) {
        Question question = banks.question(questionId).orElseThrow(() -> new Forbidden("No question " + questionId));
        editable(actor, question.category().bank().id());
        return question;
    }

    private QuestionCategory editableCategory(Actor actor, long categoryId) {
        QuestionCategory category = banks.category(categoryId).orElseThrow(() -> new Forbidden("No category " + categoryId));
        editable(actor, category.bank().id());
        return category;
    }

    private QuestionBank editable(Actor actor, long bankId) {
        QuestionBank bank = banks.find(bankId).orElseThrow(() -> new Forbidden("No question bank " + bankId));
        if (bank.isShared()) {
            if (!bank.isSharedAndEditableBy(actor)) {
                throw new Forbidden("Question bank " + bankId + " is not " + actor.subject() + "'s to change");
            }
        } else {
            courses.editable(actor, bank.courseId().orElseThrow());
        }
        return bank;
    }

    private static void checkTrainer(Actor actor) {
        if (!actor.trainer() && !actor.administrator()) {
            throw new Forbidden(actor.subject() + " builds no question banks");
        }
    }
}
