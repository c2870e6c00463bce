package org.unitar.learning.assessment;

import org.unitar.learning.shared.InputRefused;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Single choice, multiple choice and true/false. Each option has a credit, a fraction of the mark: with one
 * choice the chosen option's credit is the score; with several, the credits of the chosen options add up (wrong
 * options may carry a negative credit, so that choosing everything does not pay), and the sum is kept between 0
 * and 1.
 */
public record ChoiceScoring(QuestionType type, List<Option> options) implements Scoring {

    public static final String TRUE = "true";
    public static final String FALSE = "false";

    /** An option of the question: its key (kept across versions) and its credit, from -1 to 1. */
    public record Option(String key, double credit) {
    }

    public ChoiceScoring {
        options = List.copyOf(options);
    }

    /** One option to choose: credits from 0 to 1, at least one option with full credit. */
    public static ChoiceScoring single(List<Option> options) {
        checkKeys(options);
        Credits.check(options.stream().map(Option::credit).toList(), "options");
        return new ChoiceScoring(QuestionType.SINGLE_CHOICE, options);
    }

    /** Any options to choose: credits from -1 to 1, the positive ones adding up to full marks. */
    public static ChoiceScoring multiple(List<Option> options) {
        checkKeys(options);
        if (options.stream().anyMatch(o -> o.credit() < -1 || o.credit() > 1)) {
            throw new InputRefused("options", "question.options.creditOutOfRange");
        }
        double positive = options.stream().mapToDouble(Option::credit).filter(c -> c > 0).sum();
        if (Math.abs(positive - 1) > options.size() * Credits.ROUNDING) {
            throw new InputRefused("options", "question.options.creditsNotFull");
        }
        return new ChoiceScoring(QuestionType.MULTIPLE_CHOICE, options);
    }

    public static ChoiceScoring trueFalse(boolean answerIsTrue) {
        return new ChoiceScoring(QuestionType.TRUE_FALSE,
                List.of(new Option(TRUE, answerIsTrue ? 1 : 0), new Option(FALSE, answerIsTrue ? 0 : 1)));
    }

    private static void checkKeys(List<Option> options) {
        if (options.size() < 2) {
            throw new InputRefused("options", "question.options.tooFew");
        }
        Set<String> keys = new HashSet<>();
        for (Option option : options) {
            if (option.key() == null || option.key().isBlank() || !keys.add(option.key())) {
                throw new InputRefused("options", "question.options.duplicate");
            }
        }
    }

    @Override
    public boolean accepts(Response response) {
        List<String> chosen = response.values();
        Set<String> keys = options.stream().map(Option::key).collect(Collectors.toSet());
        boolean known = chosen.stream().allMatch(keys::contains) && Set.copyOf(chosen).size() == chosen.size();
        return known && (type == QuestionType.MULTIPLE_CHOICE || chosen.size() <= 1);
    }

    @Override
    public Optional<Double> score(Response response) {
        if (!accepts(response)) {
            return Optional.of(0.0);
        }
        Map<String, Double> credits = options.stream().collect(Collectors.toMap(Option::key, Option::credit));
        return Optional.of(Scoring.fraction(response.values().stream().mapToDouble(credits::get).sum()));
    }

    /** The options, each with its text; none for true/false, whose two options are named by the platform. */
    @Override
    public List<String> partKeys() {
        return type == QuestionType.TRUE_FALSE ? List.of() : options.stream().map(Option::key).toList();
    }

    /** The options with full or partial credit, as the review shows them once its rules allow. */
    public Set<String> rightKeys() {
        return options.stream().filter(o -> o.credit() > 0).map(Option::key).collect(Collectors.toSet());
    }
}
