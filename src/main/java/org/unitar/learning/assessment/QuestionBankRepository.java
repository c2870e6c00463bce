package org.unitar.learning.assessment;

import java.util.List;
import java.util.Optional;

/** The question banks, their categories and questions. */
public interface QuestionBankRepository {

    Optional<QuestionBank> find(long bankId);

    Optional<QuestionBank> ofCourse(long courseId);

    /** The banks shared across courses, by title. */
    List<QuestionBank> shared();

    QuestionBank add(QuestionBank bank);

    Optional<QuestionCategory> category(long categoryId);

    Optional<Question> question(long questionId);

    Question add(Question question);

    /** The questions of a category, oldest first. */
    List<Question> questions(long categoryId);

    Optional<QuestionVersion> version(long versionId);

    void flush();
}
