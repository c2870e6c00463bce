package org.unitar.learning.assessment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.unitar.learning.assessment.Attempt;
import org.unitar.learning.assessment.AttemptState;
import org.unitar.learning.assessment.Quiz;
import org.unitar.learning.assessment.QuizRepository;

@ApplicationScoped
public class JpaQuizRepository implements QuizRepository {

    @PersistenceContext
    private EntityManager em;

    @Inject
    VersionContents contents;

    @Override
    public Optional<Quiz> quiz(long lessonId) {
        return Optional.ofNullable(em.find(Quiz.class, lessonId));
    }

    @Override
    public Quiz add(Quiz quiz) {
        em.persist(quiz);
        em.flush();
        return quiz;
    }

    @Override
    public List<Quiz> ofCourse(long courseId) {
        return em.createQuery("select q from Quiz q where q.courseId = :course order by q.lessonId", Quiz.class)
                .setParameter("course", courseId).getResultList();
    }

    @Override
    public Optional<Attempt> attempt(long attemptId) {
        return Optional.ofNullable(em.find(Attempt.class, attemptId)).map(contents::attach);
    }

    @Override
    public Optional<Attempt> attemptLocked(long attemptId) {
        return Optional.ofNullable(em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE)).map(contents::attach);
    }

    @Override
    public List<Attempt> attempts(long quizId, String learner) {
        return em.createQuery("select a from Attempt a where a.quizId = :quiz and a.learner = :learner order by a.number", Attempt.class)
                .setParameter("quiz", quizId).setParameter("learner", learner).getResultList();
    }

    @Override
    public List<Attempt> attemptsOfCourse(long courseId) {
        return em.createQuery("select a from Attempt a where a.courseId = :course", Attempt.class)
                .setParameter("course", courseId).getResultList();
    }

    @Override
    public Attempt add(Attempt attempt) {
        em.persist(attempt);
        em.flush();
        return contents.attach(attempt);
    }

    @Override
    public List<Long> due(Instant now, int max) {
        return em.createQuery("select a.id from Attempt a where a.state = :state and a.deadlineAt <= :now order by a.deadlineAt", Long.class)
                .setParameter("state", AttemptState.IN_PROGRESS).setParameter("now", now).setMaxResults(max).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
