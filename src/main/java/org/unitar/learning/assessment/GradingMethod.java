package org.unitar.learning.assessment;

import java.util.List;
import java.util.OptionalDouble;

/** How a quiz's grade comes from the learner's graded attempts, given oldest first (percentages of the mark). */
public enum GradingMethod {

    HIGHEST, LAST, AVERAGE;

    /** The quiz's grade, empty while no attempt is graded. */
    public OptionalDouble grade(List<Double> gradedAttempts) {
        if (gradedAttempts.isEmpty()) {
            return OptionalDouble.empty();
        }
        return switch (this) {
            case HIGHEST -> gradedAttempts.stream().mapToDouble(Double::doubleValue).max();
            case LAST -> OptionalDouble.of(gradedAttempts.get(gradedAttempts.size() - 1));
            case AVERAGE -> OptionalDouble.of(Math.round(gradedAttempts.stream().mapToDouble(Double::doubleValue)
                    .average().orElseThrow() * 100) / 100.0);
        };
    }
}
