package org.unitar.learning.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;

import org.unitar.learning.assessment.Attempt;
import org.unitar.learning.assessment.AttemptPlan;
import org.unitar.learning.assessment.AttemptQuestion;
import org.unitar.learning.assessment.AttemptState;
import org.unitar.learning.assessment.QuestionBankRepository;
import org.unitar.learning.assessment.Quiz;
import org.unitar.learning.assessment.QuizRepository;
import org.unitar.learning.assessment.QuizSlot;
import org.unitar.learning.assessment.Response;
import org.unitar.learning.learning.Enrolment;
import org.unitar.learning.learning.service.Learning;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.NotFound;

/**
 * Learners taking quizzes. An attempt is started only by a learner the lesson is released to, while the quiz is
 * open and attempts are left; answers are saved one at a time as they are given, each with its sequence number;
 * submitting grades it once, whoever asks how many times; the server submits attempts whose time is up
 * ({@link #expire}). Someone else's attempt, or one that does not exist, is {@link NotFound}.
 */
@ApplicationScoped
@Transactional
public class Attempts {

    /** Why a learner cannot start an attempt now; null if they can. Bundle keys {@code quiz.cannotStart.<NAME>}. */
    public enum CannotStart {
        NO_QUESTIONS, NOT_OPEN_YET, CLOSED, NO_ATTEMPTS_LEFT
    }

    /** A learner before a quiz: its settings, their attempts (oldest first), their grade, and what they may do. */
    public record Overview(Quiz quiz, List<Attempt> attempts, Optional<Attempt> inProgress, OptionalDouble grade,
                           boolean passed, CannotStart cannotStart) {
    }

    private final Random random = new SecureRandom();

    @Inject
    QuizRepository quizzes;

    @Inject
    QuestionBankRepository banks;

    @Inject
    Learning learning;

    @Inject
    Clock clock;

    /** Where the learner stands in a quiz; an attempt of theirs whose time is up is submitted first. */
    public Overview overview(@NotNull Actor actor, long courseId, long lessonId) {
        learning.enrolmentFor(actor, courseId, lessonId);
        Quiz quiz = quiz(courseId, lessonId);
        Instant now = clock.instant();
        List<Attempt> attempts = quizzes.attempts(lessonId, actor.subject());
        attempts.stream().filter(a -> a.isDue(now)).toList()
                .forEach(a -> submitAndGrade(quiz, quizzes.attemptLocked(a.id()).orElseThrow(), true, now));
        OptionalDouble grade = grade(quiz, attempts);
        return new Overview(quiz, attempts, attempts.stream().filter(a -> a.state() == AttemptState.IN_PROGRESS).findFirst(),
                grade, grade.isPresent() && quiz.passes(grade.getAsDouble()), cannotStart(quiz, attempts, now));
    }

    /**
     * Starts an attempt, or gives back the one in progress (a repeated start resumes it). Refused with the reason's
     * bundle key when the quiz is not open, has no questions or no attempts are left.
     */
    public Attempt start(@NotNull Actor actor, long courseId, long lessonId, @NotNull ContentLanguage language) {
        Enrolment enrolment = learning.enrolmentFor(actor, courseId, lessonId);
        Quiz quiz = quiz(courseId, lessonId);
        List<Attempt> made = quizzes.attempts(lessonId, actor.subject());
        Optional<Attempt> inProgress = made.stream().filter(a -> a.state() == AttemptState.IN_PROGRESS).findFirst();
        Instant now = clock.instant();
        if (inProgress.isPresent() && !inProgress.get().isDue(now)) {
            return inProgress.get();
        }
        inProgress.ifPresent(a -> submitAndGrade(quiz, quizzes.attemptLocked(a.id()).orElseThrow(), true, now));
        CannotStart reason = cannotStart(quiz, made, now);
        if (reason != null) {
            throw new InputRefused("start", "quiz.cannotStart." + reason.name());
        }
        List<AttemptPlan.Slot> slots = quiz.slots().stream().map(this::planned).toList();
        List<Attempt.Drawn> drawn = AttemptPlan.draw(slots, quiz.shuffleQuestions(), quiz.shuffleOptions(), random);
        if (drawn.isEmpty()) {
            throw new InputRefused("start", "quiz.cannotStart." + CannotStart.NO_QUESTIONS.name());
        }
        int number = made.stream().mapToInt(Attempt::number).max().orElse(0) + 1;
        return quizzes.add(Attempt.start(quiz, actor.subject(), enrolment.registration(), number, language, drawn, now));
    }

    /** One of the learner's own attempts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Attempt attempt(@NotNull Actor actor, long attemptId) {
        return own(actor, quizzes.attempt(attemptId), attemptId);
    }

    /** The quiz an attempt is at. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Quiz quizOf(Attempt attempt) {
        return quizzes.quiz(attempt.quizId()).orElseThrow();
    }

    /**
     * Saves the answer to one question of the learner's attempt, unless a newer save came first: true if kept.
     * {@code shown} is what the page posts (see {@link AttemptQuestion#fromShown}). The time is the server's; an
     * attempt past its deadline or submitted takes nothing.
     */
    public boolean answer(@NotNull Actor actor, long attemptId, int position, long sequence, @NotNull Response shown) {
        Attempt attempt = own(actor, quizzes.attemptLocked(attemptId), attemptId);
        AttemptQuestion question = attempt.question(position)
                .orElseThrow(() -> new InputRefused("question", "attempt.noSuchQuestion"));
        return attempt.answer(position, sequence, question.fromShown(shown), clock.instant());
    }

    /**
     * Saves the answers a page posted (by question position, as shown), each as the newest save of its question;
     * answers the same as the saved ones are left alone. Nothing is saved if one is refused.
     */
    public void answerAll(@NotNull Actor actor, long attemptId, @NotNull Map<Integer, Response> shown) {
        Attempt attempt = own(actor, quizzes.attemptLocked(attemptId), attemptId);
        Instant now = clock.instant();
        shown.forEach((position, posted) -> {
            AttemptQuestion question = attempt.question(position)
                    .orElseThrow(() -> new InputRefused("question", "attempt.noSuchQuestion"));
            Response response = question.fromShown(posted);
            if (!question.response().equals(response)) {
                attempt.answer(position, question.sequence() + 1, response, now);
            }
        });
    }

    /** Submits the learner's attempt with the answers saved so far; submitting again changes nothing. */
    public Attempt submit(@NotNull Actor actor, long attemptId) {
        Attempt attempt = own(actor, quizzes.attemptLocked(attemptId), attemptId);
        Instant now = clock.instant();
        submitAndGrade(quizOf(attempt), attempt, attempt.isDue(now), now);
        return attempt;
    }

    /** Submits and grades an attempt whose time is up, if it still is in progress: what the server job calls. */
    public boolean expire(long attemptId) {
        Instant now = clock.instant();
        return quizzes.attemptLocked(attemptId).filter(a -> a.isDue(now))
                .map(a -> submitAndGrade(quizOf(a), a, true, now)).orElse(false);
    }

    /** Attempts in progress whose time is up, for the server job (in a transaction of its own: no request there). */
    public List<Long> due(int max) {
        return quizzes.due(clock.instant(), max);
    }

    private boolean submitAndGrade(Quiz quiz, Attempt attempt, boolean expired, Instant now) {
        if (!attempt.submit(quiz, expired, now)) {
            return false;
        }
        quizzes.flush();
        if (attempt.state() == AttemptState.GRADED) {
            graded(quiz, attempt);
        }
        return true;
    }

    /** Tells the learning part: the attempt's score, and the lesson complete once the learner's grade passes. */
    void graded(Quiz quiz, Attempt attempt) {
        learning.assessed(attempt.learner(), attempt.courseId(), quiz.lessonId(), attempt.id(), scaled(attempt),
                attempt.passed().orElse(false), gradePasses(quiz, attempt.learner()), attempt.language());
    }

    /**
     * Tells the learning part an attempt was graded again (a trainer's mark, a regrade): its score, and the lesson
     * complete or not as the learner's grade passes now.
     */
    void gradedAgain(Quiz quiz, Attempt attempt) {
        learning.reassessed(attempt.learner(), attempt.courseId(), quiz.lessonId(), attempt.id(), scaled(attempt),
                attempt.passed().orElse(false), gradePasses(quiz, attempt.learner()), attempt.language());
    }

    private boolean gradePasses(Quiz quiz, String learner) {
        OptionalDouble grade = grade(quiz, quizzes.attempts(quiz.lessonId(), learner));
        return grade.isPresent() && quiz.passes(grade.getAsDouble());
    }

    private static double scaled(Attempt attempt) {
        return attempt.percent().orElseThrow().doubleValue() / 100;
    }

    private static OptionalDouble grade(Quiz quiz, List<Attempt> attempts) {
        return quiz.gradingMethod().grade(attempts.stream().filter(a -> a.state() == AttemptState.GRADED)
                .map(a -> a.percent().orElseThrow().doubleValue()).toList());
    }

    private static CannotStart cannotStart(Quiz quiz, List<Attempt> made, Instant now) {
        if (quiz.questionCount() == 0) {
            return CannotStart.NO_QUESTIONS;
        }
        if (quiz.isClosed(now)) {
            return CannotStart.CLOSED;
        }
        if (!quiz.isOpen(now)) {
            return CannotStart.NOT_OPEN_YET;
        }
        long finished = made.stream().filter(a -> a.state() != AttemptState.IN_PROGRESS).count();
        return quiz.attemptsLeft((int) finished) ? null : CannotStart.NO_ATTEMPTS_LEFT;
    }

    private AttemptPlan.Slot planned(QuizSlot slot) {
        return slot.question().map(AttemptPlan.Slot::fixed)
                .orElseGet(() -> AttemptPlan.Slot.draw(banks.questions(slot.category().orElseThrow().id()), slot.count()));
    }

    private Quiz quiz(long courseId, long lessonId) {
        return quizzes.quiz(lessonId).filter(q -> q.courseId() == courseId)
                .orElseThrow(() -> new NotFound("No quiz in lesson " + lessonId + " of course " + courseId));
    }

    private static Attempt own(Actor actor, Optional<Attempt> attempt, long attemptId) {
        return attempt.filter(a -> a.learner().equals(actor.subject()))
                .orElseThrow(() -> new NotFound("No attempt " + attemptId + " of " + actor.subject()));
    }
}
