package org.unitar.learning.assessment;

import org.unitar.learning.shared.InputRefused;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number typed in. Each accepted value has a tolerance and a credit; the response earns the highest credit of
 * the values it is within the tolerance of. A decimal comma counts as a decimal point (1,5 = 1.5), and spaces
 * between digits are ignored (1 500 = 1500), as learners write numbers in French, Spanish or Arabic. With units,
 * a number may be followed by one of them, each with its multiplier (the factor from the first unit: for "km"
 * first, "m" has 1000): 2500 m is then right where 2.5 km is. Without a unit the first is meant, unless the author
 * requires one. Exponents are kept to three digits, so that no typed number is too large to compare.
 */
public record NumericScoring(List<Accepted> answers, List<Unit> units, boolean unitRequired) implements Scoring {

    public static final int MAX_LENGTH = 64;
    private static final Pattern NUMBER = Pattern.compile("([-+−]?\\d+(?:[.,]\\d+)?(?:[eE][-+]?\\d{1,3})?)\\s*(.*)");
    private static final Pattern DIGIT_SPACES = Pattern.compile("(?<=\\d)\\s(?=\\d)");
    private static final Pattern NO_BREAK_SPACES = Pattern.compile("[\\u00a0\\u202f]");

    /** An accepted value: right within {@code tolerance} either side, for {@code credit} (0 to 1) of the mark. */
    public record Accepted(BigDecimal value, BigDecimal tolerance, double credit) {
    }

    /** A unit a learner may write after the number, and how many of it make one of the first unit. */
    public record Unit(String name, BigDecimal multiplier) {
    }

    public NumericScoring {
        answers = List.copyOf(answers);
        units = List.copyOf(units);
    }

    public static NumericScoring of(List<Accepted> answers, List<Unit> units, boolean unitRequired) {
        if (answers.isEmpty() || answers.stream().anyMatch(a -> a.value() == null)) {
            throw new InputRefused("answers", "question.answers.none");
        }
        if (answers.stream().anyMatch(a -> a.tolerance() == null || a.tolerance().signum() < 0)) {
            throw new InputRefused("answers", "question.numeric.toleranceNegative");
        }
        Credits.check(answers.stream().map(Accepted::credit).toList(), "answers");
        if (units.stream().anyMatch(u -> u.name() == null || u.name().isBlank() || u.multiplier() == null || u.multiplier().signum() <= 0)
                || units.stream().map(u -> u.name().strip().toLowerCase(Locale.ROOT)).distinct().count() < units.size()) {
            throw new InputRefused("units", "question.numeric.unitInvalid");
        }
        if (unitRequired && units.isEmpty()) {
            throw new InputRefused("units", "question.numeric.unitMissing");
        }
        return new NumericScoring(answers, units, unitRequired);
    }

    @Override
    public QuestionType type() {
        return QuestionType.NUMERIC;
    }

    @Override
    public boolean accepts(Response response) {
        return response.values().size() <= 1 && response.text().length() <= MAX_LENGTH;
    }

    @Override
    public Optional<Double> score(Response response) {
        if (!accepts(response)) {
            return Optional.of(0.0);
        }
        return Optional.of(inFirstUnit(response.text())
                .map(given -> answers.stream().filter(a -> given.subtract(a.value()).abs().compareTo(a.tolerance()) <= 0)
                        .mapToDouble(Accepted::credit).max().orElse(0))
                .map(Scoring::fraction).orElse(0.0));
    }

    /** The number typed, in the first unit; empty if it is not a number, or its unit is unknown or missing. */
    Optional<BigDecimal> inFirstUnit(String text) {
        String spaced = NO_BREAK_SPACES.matcher(text).replaceAll(" ").strip();
        Matcher m = NUMBER.matcher(DIGIT_SPACES.matcher(spaced).replaceAll(""));
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(m.group(1).replace('−', '-').replace(',', '.'));
        String unit = m.group(2).strip();
        if (unit.isEmpty()) {
            return unitRequired ? Optional.empty() : Optional.of(number);
        }
        return units.stream().filter(u -> u.name().strip().equalsIgnoreCase(unit)).findFirst()
                .map(u -> number.divide(u.multiplier(), MathContext.DECIMAL64));
    }
}
