package org.unitar.learning.assessment;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unitar.learning.shared.i18n.ContentLanguage.ENGLISH;

class GradebookTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static Quiz quiz(GradingMethod method) {
        Quiz quiz = Quiz.create(7, 3, "trainer", NOW);
        QuizSettings settings = new QuizSettings();
        settings.setGradingMethod(method);
        settings.setPassPercent(60);
        quiz.apply(settings, "trainer", NOW);
        return quiz;
    }

    private static Attempt graded(Quiz quiz, String learner, int number, String... answers) {
        List<Attempt.Drawn> drawn = java.util.Arrays.stream(answers).map(a -> {
            Question q = Question.create(null, QuestionTest.choice("Which?", 0), "trainer", NOW);
            return new Attempt.Drawn(q.current(), q.current().scoring().partKeys());
        }).toList();
        Attempt attempt = Attempt.start(quiz, learner, "registration-" + learner, number, ENGLISH, drawn, NOW);
        for (int i = 0; i < answers.length; i++) {
            attempt.answer(i, 1, Response.of(answers[i]), NOW);
        }
        attempt.submit(quiz, false, NOW);
        return attempt;
    }

    @Test
    void eachCellIsTheLearnersGradeByTheQuizsMethodAndFiltersKeepTheRowsAsked() {
        Quiz highest = quiz(GradingMethod.HIGHEST);
        Gradebook.Column column = new Gradebook.Column(7, "Check your knowledge", 60);
        List<Gradebook.Learner> learners = List.of(new Gradebook.Learner("s-amina", "Aminata Diop", "aminata@example.org", true),
                new Gradebook.Learner("s-youssef", "Youssef Alaoui", "youssef@example.org", false),
                new Gradebook.Learner("s-maria", "María Hernández", "maria@example.org", false));
        List<Attempt> attempts = List.of(graded(highest, "s-amina", 1, "b", "a"), graded(highest, "s-amina", 2, "a", "a"),
                graded(highest, "s-youssef", 1, "b", "b"));

        Gradebook book = Gradebook.of(List.of(column), Map.of(7L, highest), learners, attempts);

        assertThat(book.rows()).extracting(r -> r.learner().name()).containsExactly("Aminata Diop", "María Hernández", "Youssef Alaoui");
        Gradebook.Cell amina = book.rows().get(0).cells().get(0);
        assertThat(amina.grade()).hasValue(100.0);
        assertThat(amina.passed()).isTrue();
        assertThat(amina.attempts()).isEqualTo(2);
        assertThat(book.rows().get(1).cells().get(0).grade()).isEmpty();
        assertThat(book.rows().get(2).cells().get(0).passed()).isFalse();
        assertThat(book.filtered("YOUSSEF", Gradebook.Completion.ALL).rows()).hasSize(1);
        assertThat(book.filtered("example.org", Gradebook.Completion.COMPLETED).rows()).extracting(r -> r.learner().subject())
                .containsExactly("s-amina");
        assertThat(book.filtered(" ", Gradebook.Completion.NOT_COMPLETED).rows()).hasSize(2);
    }
}
