package org.unitar.learning.assessment;

import org.junit.jupiter.api.Test;
import org.unitar.learning.shared.archive.SafeXml;
import org.unitar.learning.shared.i18n.ContentLanguage;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo course's question bank and quiz: readable, every auto-graded type, every text in the course's languages. */
class DemoQuestionBankTest {

    @Test
    void theDemoQuizAsksEveryAutoGradedTypeInTheCoursesFourLanguages() throws Exception {
        QuestionBankXml.Bank bank;
        try (InputStream xml = getClass().getClassLoader().getResourceAsStream("demo/migration-local-development/question-bank.xml")) {
            bank = QuestionBankXml.read(SafeXml.parse(xml));
        }
        List<QuestionContent> questions = bank.categories().get(0).questions().stream().map(QuestionContent::checked).toList();
        EnumSet<ContentLanguage> languages = EnumSet.of(ContentLanguage.ENGLISH, ContentLanguage.FRENCH, ContentLanguage.SPANISH,
                ContentLanguage.ARABIC);

        assertThat(questions).extracting(QuestionContent::type).containsExactlyInAnyOrder(
                List.of(QuestionType.values()).stream().filter(QuestionType::isAutoGraded).toArray(QuestionType[]::new));
        for (QuestionContent question : questions) {
            assertThat(question.stem().keySet()).as("stem").containsAll(languages);
            assertThat(question.feedback().keySet()).as("feedback").containsAll(languages);
            question.parts().forEach(p -> assertThat(p.text().keySet()).as("part " + p.key()).containsAll(languages));
        }
        assertThat(bank.quizzes()).singleElement().satisfies(quiz -> {
            assertThat(quiz.lesson()).isEqualTo("check-your-knowledge");
            assertThat(quiz.asks()).hasSize(questions.size());
            assertThat(quiz.settings().checked().getPassPercent()).isEqualTo(70);
        });
    }
}
