package org.unitar.learning.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What a new attempt asks and in which order: each fixed question, then for each random draw that many questions
 * of its category not asked already (all it has, if fewer); all shuffled if the quiz says so. Options of a choice
 * question are shuffled if the quiz says so; a matching question's items and an ordering question's items are
 * always shown shuffled (in the order written they would give the answer away). Questions are the entities of one
 * persistence context, so the same question is the same object.
 */
public final class AttemptPlan {

    /** One slot of a quiz: the question it always asks, or a count to draw from candidates. */
    public record Slot(Question fixed, List<Question> candidates, int count) {

        public static Slot fixed(Question question) {
            return new Slot(question, List.of(), 1);
        }

        public static Slot draw(List<Question> candidates, int count) {
            return new Slot(null, List.copyOf(candidates), count);
        }
    }

    private AttemptPlan() {
    }

    public static List<Attempt.Drawn> draw(List<Slot> slots, boolean shuffleQuestions, boolean shuffleOptions, Random random) {
        Set<Question> asked = new HashSet<>();
        slots.stream().filter(s -> s.fixed() != null).forEach(s -> asked.add(s.fixed()));
        List<Question> inOrder = new ArrayList<>();
        for (Slot slot : slots) {
            if (slot.fixed() != null) {
                inOrder.add(slot.fixed());
                continue;
            }
            List<Question> pool = new ArrayList<>(slot.candidates().stream().filter(q -> !asked.contains(q)).toList());
            Collections.shuffle(pool, random);
            for (Question q : pool.subList(0, Math.min(slot.count(), pool.size()))) {
                asked.add(q);
                inOrder.add(q);
            }
        }
        if (shuffleQuestions) {
            Collections.shuffle(inOrder, random);
        }
        return inOrder.stream()
                .map(q -> new Attempt.Drawn(q.current(), partOrder(q.current().scoring(), shuffleOptions, random)))
                .toList();
    }

    /** The order the options or items of a question are shown in. */
    static List<String> partOrder(Scoring scoring, boolean shuffleOptions, Random random) {
        List<String> keys = new ArrayList<>(switch (scoring.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, ORDERING -> scoring.partKeys();
            case MATCHING -> ((MatchingScoring) scoring).items();
            default -> List.<String>of();
        });
        boolean shuffle = scoring.type() == QuestionType.MATCHING || scoring.type() == QuestionType.ORDERING || shuffleOptions;
        if (shuffle) {
            List<String> written = List.copyOf(keys);
            for (int tries = 0; tries < 10; tries++) {
                Collections.shuffle(keys, random);
                if (scoring.type() != QuestionType.ORDERING || keys.size() < 2 || !keys.equals(written)) {
                    break;
                }
            }
        }
        return keys;
    }
}
