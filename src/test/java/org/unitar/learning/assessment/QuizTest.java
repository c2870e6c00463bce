package org.unitar.learning.assessment;

import org.junit.jupiter.api.Test;
import org.unitar.learning.shared.InputRefused;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuizTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static Quiz quiz(QuizSettings settings) {
        Quiz quiz = Quiz.create(7, 3, "trainer", NOW);
        quiz.apply(settings, "trainer", NOW);
        return quiz;
    }

    @Test
    void anAttemptLastsTheTimeLimitPlusTheLearnersExtraTimeButNeverPastTheClosingTime() {
        QuizSettings settings = new QuizSettings();
        settings.setTimeLimitMinutes(30);
        settings.setClosesAt(LocalDateTime.parse("2026-11-30T11:00"));
        Quiz quiz = quiz(settings);
        quiz.grantExtraTime("fatou", 15, "trainer", NOW);

        assertThat(quiz.deadline(NOW, "amina")).contains(Instant.parse("2026-11-30T10:30:00Z"));
        assertThat(quiz.deadline(NOW, "fatou")).contains(Instant.parse("2026-11-30T10:45:00Z"));
        assertThat(quiz.deadline(Instant.parse("2026-11-30T10:50:00Z"), "fatou")).contains(Instant.parse("2026-11-30T11:00:00Z"));
        quiz.grantExtraTime("fatou", 0, "trainer", NOW);
        assertThat(quiz.extraMinutes("fatou")).isZero();
        assertThat(quiz(new QuizSettings()).deadline(NOW, "amina")).isEmpty();
    }

    @Test
    void aQuizIsOpenBetweenItsDatesAndAttemptsRunOut() {
        QuizSettings settings = new QuizSettings();
        settings.setOpensAt(LocalDateTime.parse("2026-11-30T09:00"));
        settings.setClosesAt(LocalDateTime.parse("2026-11-30T11:00"));
        settings.setAttemptsAllowed(2);
        Quiz quiz = quiz(settings);

        assertThat(quiz.isOpen(Instant.parse("2026-11-30T08:59:59Z"))).isFalse();
        assertThat(quiz.isOpen(NOW)).isTrue();
        assertThat(quiz.isOpen(Instant.parse("2026-11-30T11:00:00Z"))).isFalse();
        assertThat(quiz.isClosed(Instant.parse("2026-11-30T11:00:00Z"))).isTrue();
        assertThat(quiz.attemptsLeft(1)).isTrue();
        assertThat(quiz.attemptsLeft(2)).isFalse();
    }

    @Test
    void reviewShowsEachThingOnlyWhenItsRuleAllows() {
        QuizSettings settings = new QuizSettings();
        settings.setReviewAnswers(ReviewTime.AFTER_SUBMIT);
        settings.setReviewCorrectness(ReviewTime.AFTER_SUBMIT);
        settings.setReviewFeedback(ReviewTime.NEVER);
        settings.setReviewCorrectAnswers(ReviewTime.AFTER_CLOSE);
        settings.setClosesAt(LocalDateTime.parse("2026-11-30T11:00"));
        Quiz quiz = quiz(settings);

        assertThat(quiz.review(AttemptState.IN_PROGRESS, NOW)).isEqualTo(new Quiz.Review(false, false, false, false));
        assertThat(quiz.review(AttemptState.GRADED, NOW)).isEqualTo(new Quiz.Review(true, true, false, false));
        assertThat(quiz.review(AttemptState.GRADED, Instant.parse("2026-11-30T11:00:00Z"))).isEqualTo(new Quiz.Review(true, true, false, true));
    }

    @Test
    void settingsThatCannotBeMeantAreRefusedWithTheirField() {
        QuizSettings closesFirst = new QuizSettings();
        closesFirst.setOpensAt(LocalDateTime.parse("2026-12-01T10:00"));
        closesFirst.setClosesAt(LocalDateTime.parse("2026-12-01T09:00"));
        QuizSettings noTime = new QuizSettings();
        noTime.setTimeLimitMinutes(0);
        QuizSettings tooMany = new QuizSettings();
        tooMany.setAttemptsAllowed(101);
        QuizSettings pass = new QuizSettings();
        pass.setPassPercent(101);

        assertThatThrownBy(closesFirst::checked).isInstanceOf(InputRefused.class).hasMessageContaining("closesAt");
        assertThatThrownBy(noTime::checked).isInstanceOf(InputRefused.class).hasMessageContaining("timeLimit");
        assertThatThrownBy(tooMany::checked).isInstanceOf(InputRefused.class).hasMessageContaining("attempts");
        assertThatThrownBy(pass::checked).isInstanceOf(InputRefused.class).hasMessageContaining("passPercent");
        Quiz quiz = quiz(new QuizSettings());
        assertThatThrownBy(() -> quiz.grantExtraTime("fatou", -5, "trainer", NOW)).isInstanceOf(InputRefused.class);
        assertThatThrownBy(() -> quiz.addDraw(null, 0, "trainer", NOW)).isInstanceOf(InputRefused.class);
        assertThat(quiz.passes(49.99)).isFalse();
        assertThat(quiz.passes(50)).isTrue();
    }
}
