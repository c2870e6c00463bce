package org.unitar.learning.assessment;

import org.junit.jupiter.api.Test;
import org.unitar.learning.shared.InputRefused;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unitar.learning.shared.i18n.ContentLanguage.ENGLISH;

class AttemptTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private final Quiz quiz = timed(10);

    private static Quiz timed(int minutes) {
        Quiz quiz = Quiz.create(7, 3, "trainer", NOW);
        QuizSettings settings = new QuizSettings();
        settings.setTimeLimitMinutes(minutes);
        settings.setPassPercent(60);
        quiz.apply(settings, "trainer", NOW);
        return quiz;
    }

    private Attempt attempt(Question... questions) {
        List<Attempt.Drawn> drawn = List.of(questions).stream()
                .map(q -> new Attempt.Drawn(q.current(), q.current().scoring().partKeys())).toList();
        return Attempt.start(quiz, "amina", "registration", 1, ENGLISH, drawn, NOW);
    }

    private static Question choice() {
        return Question.create(null, QuestionTest.choice("Which?", 0), "trainer", NOW);
    }

    private static Question essay() {
        return Question.create(null, new QuestionContent(BigDecimal.valueOf(2), Map.of(ENGLISH, "Why?"), Map.of(), List.of(),
                new EssayScoring()), "trainer", NOW);
    }

    @Test
    void aNewerSaveWinsAndAnOlderOneArrivingLateChangesNothing() {
        Attempt attempt = attempt(choice());

        assertThat(attempt.answer(0, 2, Response.of("a"), NOW)).isTrue();
        assertThat(attempt.answer(0, 1, Response.of("b"), NOW)).isFalse();
        assertThat(attempt.answer(0, 2, Response.of("b"), NOW)).isFalse();

        assertThat(attempt.question(0).orElseThrow().response()).isEqualTo(Response.of("a"));
        assertThatThrownBy(() -> attempt.answer(0, 3, Response.of("z"), NOW)).isInstanceOf(InputRefused.class);
        assertThatThrownBy(() -> attempt.answer(1, 3, Response.of("a"), NOW)).isInstanceOf(InputRefused.class);
        assertThatThrownBy(() -> attempt.answer(0, 0, Response.of("a"), NOW)).isInstanceOf(InputRefused.class);
    }

    @Test
    void theDeadlineClosesTheAttemptAndALateSubmitIsStampedAtTheDeadline() {
        Attempt attempt = attempt(choice());
        attempt.answer(0, 1, Response.of("a"), NOW.plus(Duration.ofMinutes(9)));
        Instant late = NOW.plus(Duration.ofMinutes(11));

        assertThatThrownBy(() -> attempt.answer(0, 2, Response.of("b"), late)).isInstanceOf(AttemptClosed.class);
        assertThat(attempt.isDue(late)).isTrue();
        assertThat(attempt.submit(quiz, true, late)).isTrue();
        assertThat(attempt.submittedAt()).contains(NOW.plus(Duration.ofMinutes(10)));
        assertThat(attempt.percent().orElseThrow()).isEqualByComparingTo("100");
        assertThat(attempt.submit(quiz, false, late)).as("a second submit").isFalse();
    }

    @Test
    void anEssayWaitsForATrainerAndTheRestIsGradedAlready() {
        Attempt attempt = attempt(choice(), essay());
        attempt.answer(0, 1, Response.of("a"), NOW);
        attempt.answer(1, 1, Response.of("Because cities plan services."), NOW);

        attempt.submit(quiz, false, NOW.plusSeconds(60));

        assertThat(attempt.state()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(attempt.question(0).orElseThrow().fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1"));
        assertThat(attempt.question(1).orElseThrow().fraction()).isEmpty();
        assertThat(attempt.percent()).isEmpty();
        assertThat(attempt.maxMarks()).isEqualByComparingTo("3");
    }

    @Test
    void theGradeIsTheShareOfPointsAndPassingNeedsThePassMark() {
        Attempt attempt = attempt(choice(), choice());
        attempt.answer(0, 1, Response.of("a"), NOW);
        attempt.answer(1, 1, Response.of("b"), NOW);

        attempt.submit(quiz, false, NOW);

        assertThat(attempt.state()).isEqualTo(AttemptState.GRADED);
        assertThat(attempt.percent().orElseThrow()).isEqualByComparingTo("50");
        assertThat(attempt.passed()).contains(false);
    }

    @Test
    void thePageShowsPlacesNotTheAuthorsKeys() {
        Attempt attempt = Attempt.start(quiz, "amina", "registration", 1, ENGLISH,
                List.of(new Attempt.Drawn(choice().current(), List.of("b", "a"))), NOW);
        AttemptQuestion question = attempt.question(0).orElseThrow();

        assertThat(question.shown("a")).isEqualTo("1");
        assertThat(question.fromShown(Response.of("1"))).isEqualTo(Response.of("a"));
        assertThatThrownBy(() -> question.fromShown(Response.of("2"))).isInstanceOf(InputRefused.class);
        assertThatThrownBy(() -> question.fromShown(Response.of("a"))).isInstanceOf(InputRefused.class);
    }
}
