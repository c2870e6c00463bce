package org.unitar.learning.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.unitar.learning.assessment.Attempt;
import org.unitar.learning.assessment.AttemptQuestion;
import org.unitar.learning.assessment.AttemptState;
import org.unitar.learning.assessment.Question;
import org.unitar.learning.assessment.QuestionBankRepository;
import org.unitar.learning.assessment.Quiz;
import org.unitar.learning.assessment.QuizRepository;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.shared.audit.AuditLog;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;

/**
 * Trainers grading: the answers of their courses' attempts that a person grades (essays), a mark and a comment on
 * each, and regrading every submitted attempt after an author fixed a question. Only those who may edit the
 * course; an attempt of another course is {@link Forbidden}. A regrade that turns a pass into a fail takes the
 * lesson's and course's completion back (see {@link org.unitar.learning.learning.service.Learning#reassessed}).
 */
@ApplicationScoped
@Transactional
public class Grading {

    public static final String AUDIT_MARKED = "assessment.answer-marked";
    public static final String AUDIT_REGRADED = "assessment.question-regraded";

    /** An answer waiting for a trainer's mark. */
    public record Waiting(Attempt attempt, AttemptQuestion question) {
    }

    @Inject
    QuizRepository quizzes;

    @Inject
    QuestionBankRepository banks;

    @Inject
    CourseAuthoring courses;

    @Inject
    Attempts attempts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The answers of the course's submitted attempts that wait for a mark, oldest attempt first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Waiting> waiting(@NotNull Actor actor, long courseId) {
        courses.editable(actor, courseId);
        return quizzes.attemptsOfCourse(courseId).stream().filter(a -> a.state() == AttemptState.SUBMITTED)
                .sorted(Comparator.comparing(a -> a.submittedAt().orElseThrow()))
                .flatMap(a -> a.questions().stream().filter(q -> q.fraction().isEmpty()).map(q -> new Waiting(a, q)))
                .toList();
    }

    /** Marks one answer a person grades; the attempt is graded once all of its answers are. */
    public void mark(@NotNull Actor actor, long courseId, long attemptId, int position, BigDecimal marks, String comment) {
        courses.editable(actor, courseId);
        Attempt attempt = quizzes.attemptLocked(attemptId).filter(a -> a.courseId() == courseId)
                .orElseThrow(() -> new Forbidden("No attempt " + attemptId + " in course " + courseId));
        boolean wasGraded = attempt.state() == AttemptState.GRADED;
        Quiz quiz = attempts.quizOf(attempt);
        Instant now = clock.instant();
        if (attempt.gradeByHand(position, marks, comment, actor.subject(), quiz, now)) {
            quizzes.flush();
            if (wasGraded) {
                attempts.gradedAgain(quiz, attempt);
            } else {
                attempts.graded(quiz, attempt);
            }
        }
        audit.record(actor.subject(), AUDIT_MARKED, "attempt", attemptId, "question " + (position + 1) + ": " + marks);
    }

    /**
     * Scores again, with the question's current version, every submitted attempt of the course that asked any
     * version of it; returns how many attempts' grades changed.
     */
    public int regrade(@NotNull Actor actor, long courseId, long questionId) {
        courses.editable(actor, courseId);
        Question question = banks.question(questionId).orElseThrow(() -> new Forbidden("No question " + questionId));
        Instant now = clock.instant();
        int changed = 0;
        for (Attempt found : quizzes.attemptsOfCourse(courseId)) {
            boolean asked = found.questions().stream().anyMatch(q -> q.question().question().id().equals(questionId));
            if (!asked || found.state() == AttemptState.IN_PROGRESS) {
                continue;
            }
            Attempt attempt = quizzes.attemptLocked(found.id()).orElseThrow();
            boolean wasGraded = attempt.state() == AttemptState.GRADED;
            Quiz quiz = attempts.quizOf(attempt);
            if (attempt.regrade(questionId, question.current().scoring(), quiz, now)) {
                changed++;
                quizzes.flush();
                if (attempt.state() == AttemptState.GRADED) {
                    if (wasGraded) {
                        attempts.gradedAgain(quiz, attempt);
                    } else {
                        attempts.graded(quiz, attempt);
                    }
                }
            }
        }
        audit.record(actor.subject(), AUDIT_REGRADED, "question", questionId, changed + " attempt(s) changed");
        return changed;
    }
}
