package org.unitar.learning.assessment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GradingMethodTest {

    private final List<Double> attempts = List.of(60.0, 85.5, 70.0);

    @Test
    void theQuizGradeIsTheHighestTheLastOrTheAverageOfTheGradedAttempts() {
        assertThat(GradingMethod.HIGHEST.grade(attempts)).hasValue(85.5);
        assertThat(GradingMethod.LAST.grade(attempts)).hasValue(70.0);
        assertThat(GradingMethod.AVERAGE.grade(attempts)).hasValue(71.83);
    }

    @Test
    void withoutAGradedAttemptThereIsNoGrade() {
        assertThat(GradingMethod.AVERAGE.grade(List.of())).isEmpty();
    }
}
