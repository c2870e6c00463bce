package org.unitar.learning.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Quizzes and the attempts at them. */
public interface QuizRepository {

    Optional<Quiz> quiz(long lessonId);

    Quiz add(Quiz quiz);

    /** The quizzes of a course's assessment lessons. */
    List<Quiz> ofCourse(long courseId);

    Optional<Attempt> attempt(long attemptId);

    /** The attempt, its row locked until the transaction ends: saves and the submit of one attempt take turns. */
    Optional<Attempt> attemptLocked(long attemptId);

    /** A learner's attempts at a quiz, oldest first. */
    List<Attempt> attempts(long quizId, String learner);

    /** Every attempt at the quizzes of a course. */
    List<Attempt> attemptsOfCourse(long courseId);

    /** Stores a new attempt; fails if the learner has one with its number already. */
    Attempt add(Attempt attempt);

    /** Attempts in progress whose deadline has passed at {@code now}, at most {@code max}. */
    List<Long> due(Instant now, int max);

    void flush();
}
