package org.unitar.learning.assessment;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unitar.learning.shared.i18n.ContentLanguage.ENGLISH;

class AttemptPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static Question question(String stem) {
        return Question.create(null, QuestionTest.choice(stem, 0), "trainer", NOW);
    }

    private static Question ordering() {
        List<QuestionContent.Part> parts = IntStream.range(0, 4).mapToObj(i -> QuestionTest.part("s" + i, "Step " + i)).toList();
        return Question.create(null, new QuestionContent(BigDecimal.ONE, Map.of(ENGLISH, "Order"), Map.of(), parts,
                new OrderingScoring(List.of("s0", "s1", "s2", "s3"))), "trainer", NOW);
    }

    @Test
    void aDrawTakesQuestionsNotAskedAlreadyAndAllItHasWhenItHasFewer() {
        Question fixed = question("Fixed");
        Question other = question("Other");
        Question third = question("Third");

        List<Attempt.Drawn> drawn = AttemptPlan.draw(List.of(AttemptPlan.Slot.fixed(fixed),
                AttemptPlan.Slot.draw(List.of(fixed, other, third), 5)), false, false, new Random(1));

        assertThat(drawn).extracting(d -> d.question().question()).containsExactlyInAnyOrder(fixed, other, third);
        assertThat(drawn.get(0).question().question()).isSameAs(fixed);
        assertThat(drawn.get(0).partOrder()).containsExactly("a", "b");
    }

    @RepeatedTest(20)
    void orderingItemsAreNeverShownInTheRightOrder() {
        List<Attempt.Drawn> drawn = AttemptPlan.draw(List.of(AttemptPlan.Slot.fixed(ordering())), true, false, new Random());

        assertThat(drawn.get(0).partOrder()).containsExactlyInAnyOrder("s0", "s1", "s2", "s3").isNotEqualTo(List.of("s0", "s1", "s2", "s3"));
    }
}
