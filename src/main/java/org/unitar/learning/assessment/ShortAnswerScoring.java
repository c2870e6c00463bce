package org.unitar.learning.assessment;

import org.unitar.learning.shared.InputRefused;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A few words typed in. Each accepted answer has a credit; the response earns the highest credit of the answers it
 * matches. Spaces around and between words never count. Unless the author says otherwise, case does not count
 * and neither do accents ("senegal", typed on a keyboard without accents, matches "Sénégal"; Arabic short vowels
 * count as accents too). In an accepted answer, {@code *} stands for any run of
 * characters ("migra*" accepts "migrant" and "migration"); everything else is taken literally.
 */
public record ShortAnswerScoring(List<Accepted> answers, boolean caseSensitive, boolean accentSensitive) implements Scoring {

    /** Longest response and accepted answer, in characters. */
    public static final int MAX_LENGTH = 255;
    private static final Pattern MARKS = Pattern.compile("[\\p{M}\\u0640]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** An accepted answer and its credit, from 0 to 1. */
    public record Accepted(String pattern, double credit) {
    }

    public ShortAnswerScoring {
        answers = List.copyOf(answers);
    }

    public static ShortAnswerScoring of(List<Accepted> answers, boolean caseSensitive, boolean accentSensitive) {
        if (answers.isEmpty() || answers.stream().anyMatch(a -> a.pattern() == null || a.pattern().replace("*", "").isBlank())) {
            throw new InputRefused("answers", "question.answers.none");
        }
        if (answers.stream().anyMatch(a -> a.pattern().strip().length() > MAX_LENGTH)) {
            throw new InputRefused("answers", "question.answers.tooLong");
        }
        Credits.check(answers.stream().map(Accepted::credit).toList(), "answers");
        return new ShortAnswerScoring(answers, caseSensitive, accentSensitive);
    }

    @Override
    public QuestionType type() {
        return QuestionType.SHORT_ANSWER;
    }

    @Override
    public boolean accepts(Response response) {
        return response.values().size() <= 1 && response.text().length() <= MAX_LENGTH;
    }

    @Override
    public Optional<Double> score(Response response) {
        if (!accepts(response) || response.isEmpty()) {
            return Optional.of(0.0);
        }
        String given = normal(response.text());
        return Optional.of(Scoring.fraction(answers.stream().filter(a -> matches(a.pattern(), given))
                .mapToDouble(Accepted::credit).max().orElse(0)));
    }

    private boolean matches(String pattern, String given) {
        String[] literal = normal(pattern).split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < literal.length; i++) {
            regex.append(i > 0 ? ".*" : "").append(Pattern.quote(literal[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(given).matches();
    }

    private String normal(String text) {
        String normal = SPACES.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFC)).replaceAll(" ");
        if (!accentSensitive) {
            normal = Normalizer.normalize(MARKS.matcher(Normalizer.normalize(normal, Normalizer.Form.NFD)).replaceAll(""),
                    Normalizer.Form.NFC);
        }
        return caseSensitive ? normal : normal.toLowerCase(Locale.ROOT);
    }
}
