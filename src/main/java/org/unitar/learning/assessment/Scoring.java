package org.unitar.learning.assessment;

import java.util.List;
import java.util.Optional;

/**
 * How one version of a question scores a response: a fraction of the question's mark from 0 to 1, or empty when
 * a person grades it. Built only through the factories of each type, which refuse what an author could not mean
 * (no right option, credits that do not reach full marks, a negative tolerance), with the field and message key.
 * {@link #accepts} says whether a response is one this question can be given at all: a value outside it (an
 * option it does not have, too many values) is refused on the server before anything is saved.
 */
public sealed interface Scoring permits ChoiceScoring, ShortAnswerScoring, NumericScoring, MatchingScoring,
        OrderingScoring, EssayScoring {

    /** Longest text a learner may type as a response (an essay's length; short answers are far shorter). */
    int MAX_RESPONSE_LENGTH = 20_000;

    QuestionType type();

    boolean accepts(Response response);

    /** The fraction of the mark the response earns; empty for a question a person grades. */
    Optional<Double> score(Response response);

    /** The keys of the options, prompts or items the question shows, each with its text; none for typed answers. */
    default List<String> partKeys() {
        return List.of();
    }

    /** Fractions are kept to four decimals, so that sums of thirds still reach full marks. */
    static double fraction(double value) {
        return Math.round(Math.max(0, Math.min(1, value)) * 10_000) / 10_000.0;
    }
}
