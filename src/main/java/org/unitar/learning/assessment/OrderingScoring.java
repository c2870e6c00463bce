package org.unitar.learning.assessment;

import org.unitar.learning.shared.InputRefused;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Items to put in order (the steps of a procedure, events in time). The response is every item's key in the order
 * the learner put them; each item in its right place earns an equal share of the mark.
 */
public record OrderingScoring(List<String> order) implements Scoring {

    public OrderingScoring {
        order = List.copyOf(order);
    }

    /** {@code order}: the items' keys in the right order. */
    public static OrderingScoring of(List<String> order) {
        if (order.size() < 2) {
            throw new InputRefused("items", "question.ordering.tooFew");
        }
        if (order.stream().anyMatch(k -> k == null || k.isBlank()) || Set.copyOf(order).size() < order.size()) {
            throw new InputRefused("items", "question.options.duplicate");
        }
        return new OrderingScoring(order);
    }

    @Override
    public QuestionType type() {
        return QuestionType.ORDERING;
    }

    @Override
    public List<String> partKeys() {
        return order;
    }

    @Override
    public boolean accepts(Response response) {
        return response.isEmpty()
                || response.values().size() == order.size() && Set.copyOf(response.values()).equals(Set.copyOf(order));
    }

    @Override
    public Optional<Double> score(Response response) {
        if (!accepts(response) || response.isEmpty()) {
            return Optional.of(0.0);
        }
        long placed = IntStream.range(0, order.size()).filter(i -> order.get(i).equals(response.values().get(i))).count();
        return Optional.of(Scoring.fraction((double) placed / order.size()));
    }
}
