package org.unitar.learning.assessment;

import java.util.Optional;

/** A text written at length: accepted up to {@link Scoring#MAX_RESPONSE_LENGTH} characters, graded by a trainer. */
public record EssayScoring() implements Scoring {

    @Override
    public QuestionType type() {
        return QuestionType.ESSAY;
    }

    @Override
    public boolean accepts(Response response) {
        return response.values().size() <= 1 && response.text().length() <= MAX_RESPONSE_LENGTH;
    }

    @Override
    public Optional<Double> score(Response response) {
        return Optional.empty();
    }
}
