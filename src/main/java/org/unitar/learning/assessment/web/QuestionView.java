package org.unitar.learning.assessment.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.unitar.learning.assessment.AttemptQuestion;
import org.unitar.learning.assessment.ChoiceScoring;
import org.unitar.learning.assessment.MatchingScoring;
import org.unitar.learning.assessment.NumericScoring;
import org.unitar.learning.assessment.OrderingScoring;
import org.unitar.learning.assessment.QuestionContent;
import org.unitar.learning.assessment.QuestionType;
import org.unitar.learning.assessment.Quiz;
import org.unitar.learning.assessment.Response;
import org.unitar.learning.assessment.Scoring;
import org.unitar.learning.assessment.ShortAnswerScoring;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.i18n.Messages;

/**
 * One question of an attempt as a page shows it: its text, the options or items in the order this attempt drew
 * them, and the learner's saved answer. Before review rules allow, it carries nothing of the scoring: no credit,
 * no right key, no feedback. {@link #reviewed} adds what the quiz's review rules allow once the attempt is
 * submitted.
 */
public record QuestionView(int position, int number, String type, String stem, List<Choice> choices, List<Prompt> prompts,
                           String text, long sequence, boolean answered, Review review) implements Serializable {

    /** An option or item, and whether the learner chose it (choice types). */
    public record Choice(String key, String text, boolean selected) implements Serializable {
    }

    /** One select of a matching question (a prompt) or an ordering question (a place), with the key chosen. */
    public record Prompt(String text, String selected) implements Serializable {
    }

    /** What review shows: the grade of the question, feedback, and the right answers, each only when allowed. */
    public record Review(String outcome, String marks, String points, String feedback, List<String> partFeedback,
                         List<String> rightAnswers, String comment) implements Serializable {
    }

    public static QuestionView of(AttemptQuestion question, ContentLanguage language, ContentLanguage fallback,
                                  Messages words) {
        return build(question, language, fallback, words, null);
    }

    public static QuestionView reviewed(AttemptQuestion question, ContentLanguage language, ContentLanguage fallback,
                                        Messages words, Quiz.Review rules) {
        return build(question, language, fallback, words, rules);
    }

    private static QuestionView build(AttemptQuestion question, ContentLanguage language, ContentLanguage fallback,
                                      Messages words, Quiz.Review rules) {
        QuestionContent content = question.content();
        QuestionType type = content.type();
        Map<String, String> texts = content.parts().stream()
                .collect(Collectors.toMap(QuestionContent.Part::key, p -> in(p.text(), language, fallback), (a, b) -> a, HashMap::new));
        texts.put(ChoiceScoring.TRUE, words.format("question.true"));
        texts.put(ChoiceScoring.FALSE, words.format("question.false"));
        boolean showAnswer = rules == null || rules.answers();
        Response response = showAnswer ? question.response() : Response.NONE;
        List<Choice> choices = new ArrayList<>();
        List<Prompt> prompts = new ArrayList<>();
        List<String> order = question.partOrder();
        switch (type) {
            case TRUE_FALSE -> List.of(ChoiceScoring.TRUE, ChoiceScoring.FALSE)
                    .forEach(k -> choices.add(new Choice(k, texts.get(k), response.values().contains(k))));
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> order
                    .forEach(k -> choices.add(new Choice(question.shown(k), texts.get(k), response.values().contains(k))));
            case MATCHING -> {
                order.forEach(k -> choices.add(new Choice(question.shown(k), texts.get(k), false)));
                List<MatchingScoring.Pair> pairs = ((MatchingScoring) content.scoring()).pairs();
                for (int i = 0; i < pairs.size(); i++) {
                    prompts.add(new Prompt(texts.get(pairs.get(i).prompt()), question.shown(value(response, i))));
                }
            }
            case ORDERING -> {
                order.forEach(k -> choices.add(new Choice(question.shown(k), texts.get(k), false)));
                for (int i = 0; i < order.size(); i++) {
                    prompts.add(new Prompt(null, question.shown(value(response, i))));
                }
            }
            default -> {
            }
        }
        String typed = type == QuestionType.SHORT_ANSWER || type == QuestionType.NUMERIC || type == QuestionType.ESSAY
                ? response.text() : null;
        Review review = rules == null ? null : review(question, content, language, fallback, rules, texts);
        return new QuestionView(question.position(), question.position() + 1, type.name(),
                in(content.stem(), language, fallback), choices, prompts, typed, question.sequence(),
                question.answered(), review);
    }

    private static Review review(AttemptQuestion question, QuestionContent content, ContentLanguage language,
                                 ContentLanguage fallback, Quiz.Review rules, Map<String, String> texts) {
        String outcome = null;
        String marks = null;
        if (rules.correctness()) {
            Optional<BigDecimal> fraction = question.fraction();
            outcome = fraction.map(f -> f.signum() == 0 ? "WRONG" : f.compareTo(BigDecimal.ONE) >= 0 ? "RIGHT" : "PARTLY")
                    .orElse("PENDING");
            marks = question.marks().map(QuizPage::percent).orElse(null);
        }
        String feedback = null;
        List<String> partFeedback = List.of();
        if (rules.feedback()) {
            feedback = in(content.feedback(), language, fallback);
            Map<String, QuestionContent.Part> parts = content.parts().stream()
                    .collect(Collectors.toMap(QuestionContent.Part::key, Function.identity()));
            partFeedback = question.response().values().stream().map(parts::get).filter(p -> p != null)
                    .map(p -> in(p.feedback(), language, fallback)).filter(f -> f != null && !f.isBlank()).toList();
        }
        List<String> right = rules.correctAnswers() ? rightAnswers(content.scoring(), texts) : List.of();
        return new Review(outcome, marks, QuizPage.percent(question.points()), feedback, partFeedback, right,
                rules.correctness() ? question.comment().orElse(null) : null);
    }

    /** The right answers, as learners read them once the review rules allow. */
    private static List<String> rightAnswers(Scoring scoring, Map<String, String> texts) {
        if (scoring instanceof ChoiceScoring choice) {
            return choice.rightKeys().stream().map(k -> texts.getOrDefault(k, k)).toList();
        }
        if (scoring instanceof MatchingScoring matching) {
            return matching.pairs().stream().map(p -> texts.get(p.prompt()) + " → " + texts.get(p.item())).toList();
        }
        if (scoring instanceof OrderingScoring ordering) {
            return ordering.order().stream().map(texts::get).toList();
        }
        if (scoring instanceof ShortAnswerScoring shortAnswer) {
            return shortAnswer.answers().stream().filter(a -> a.credit() >= 1).map(ShortAnswerScoring.Accepted::pattern).toList();
        }
        if (scoring instanceof NumericScoring numeric) {
            String unit = numeric.units().isEmpty() ? "" : " " + numeric.units().get(0).name();
            return numeric.answers().stream().filter(a -> a.credit() >= 1)
                    .map(a -> a.value().stripTrailingZeros().toPlainString()
                            + (a.tolerance().signum() == 0 ? "" : " ± " + a.tolerance().stripTrailingZeros().toPlainString()) + unit)
                    .toList();
        }
        return List.of();
    }

    /** A text in {@code language}, else in {@code fallback}, else empty. */
    private static String in(Map<ContentLanguage, String> texts, ContentLanguage language, ContentLanguage fallback) {
        String text = texts.get(language);
        return text != null && !text.isBlank() ? text : texts.getOrDefault(fallback, "");
    }

    private static String value(Response response, int index) {
        return index < response.values().size() ? response.values().get(index) : "";
    }
}
