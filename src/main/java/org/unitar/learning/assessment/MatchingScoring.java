package org.unitar.learning.assessment;

import org.unitar.learning.shared.InputRefused;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Prompts to match with items: each prompt has its right item, and there may be more items than prompts (items no
 * prompt takes make guessing harder). The response names, for each prompt in the question's order, the item
 * chosen; each right match earns an equal share of the mark.
 */
public record MatchingScoring(List<Pair> pairs, List<String> items) implements Scoring {

    /** A prompt (by key) and the key of its right item. */
    public record Pair(String prompt, String item) {
    }

    public MatchingScoring {
        pairs = List.copyOf(pairs);
        items = List.copyOf(items);
    }

    /** {@code items}: every item's key, those of the pairs and the extra ones. */
    public static MatchingScoring of(List<Pair> pairs, List<String> items) {
        if (pairs.size() < 2) {
            throw new InputRefused("pairs", "question.matching.tooFew");
        }
        Set<String> prompts = new HashSet<>();
        if (pairs.stream().anyMatch(p -> p.prompt() == null || p.prompt().isBlank() || !prompts.add(p.prompt()))
                || items.stream().anyMatch(i -> i == null || i.isBlank()) || Set.copyOf(items).size() < items.size()
                || !Set.copyOf(items).containsAll(pairs.stream().map(Pair::item).toList())
                || items.stream().anyMatch(prompts::contains)) {
            throw new InputRefused("pairs", "question.options.duplicate");
        }
        return new MatchingScoring(pairs, items);
    }

    @Override
    public QuestionType type() {
        return QuestionType.MATCHING;
    }

    /** The prompts, then the items. */
    @Override
    public List<String> partKeys() {
        return Stream.concat(pairs.stream().map(Pair::prompt), items.stream()).toList();
    }

    @Override
    public boolean accepts(Response response) {
        return response.isEmpty() || response.values().size() == pairs.size()
                && response.values().stream().allMatch(v -> v.isBlank() || items.contains(v));
    }

    @Override
    public Optional<Double> score(Response response) {
        if (!accepts(response) || response.isEmpty()) {
            return Optional.of(0.0);
        }
        long right = IntStream.range(0, pairs.size()).filter(i -> pairs.get(i).item().equals(response.values().get(i))).count();
        return Optional.of(Scoring.fraction((double) right / pairs.size()));
    }
}
