package org.unitar.learning.assessment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.unitar.learning.assessment.Question;
import org.unitar.learning.assessment.QuestionBank;
import org.unitar.learning.assessment.QuestionBankRepository;
import org.unitar.learning.assessment.QuestionCategory;
import org.unitar.learning.assessment.QuestionVersion;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaQuestionBankRepository implements QuestionBankRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<QuestionBank> find(long bankId) {
        return Optional.ofNullable(em.find(QuestionBank.class, bankId));
    }

    @Override
    public Optional<QuestionBank> ofCourse(long courseId) {
        return em.createQuery("select b from QuestionBank b where b.courseId = :course", QuestionBank.class)
                .setParameter("course", courseId).getResultStream().findFirst();
    }

    @Override
    public List<QuestionBank> shared() {
        return em.createQuery("select b from QuestionBank b where b.courseId is null order by b.title", QuestionBank.class)
                .getResultList();
    }

    @Override
    public QuestionBank add(QuestionBank bank) {
        em.persist(bank);
        em.flush();
        return bank;
    }

    @Override
    public Optional<QuestionCategory> category(long categoryId) {
        return Optional.ofNullable(em.find(QuestionCategory.class, categoryId));
    }

    @Override
    public Optional<Question> question(long questionId) {
        return Optional.ofNullable(em.find(Question.class, questionId));
    }

    @Override
    public Question add(Question question) {
        em.persist(question);
        em.flush();
        return question;
    }

    @Override
    public List<Question> questions(long categoryId) {
        return em.createQuery("select q from Question q where q.category.id = :category order by q.id", Question.class)
                .setParameter("category", categoryId).getResultList();
    }

    @Override
    public Optional<QuestionVersion> version(long versionId) {
        return Optional.ofNullable(em.find(QuestionVersion.class, versionId));
    }

    @Override
    public void flush() {
        em.flush();
    }
}
