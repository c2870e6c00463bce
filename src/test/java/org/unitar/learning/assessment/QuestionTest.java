package org.unitar.learning.assessment;

import org.junit.jupiter.api.Test;
import org.unitar.learning.assessment.ChoiceScoring.Option;
import org.unitar.learning.catalogue.EditConflict;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.i18n.ContentLanguage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unitar.learning.shared.i18n.ContentLanguage.ENGLISH;
import static org.unitar.learning.shared.i18n.ContentLanguage.FRENCH;

class QuestionTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    static QuestionContent choice(String stem, double creditOfB) {
        return new QuestionContent(BigDecimal.ONE, Map.of(ENGLISH, stem), Map.of(),
                List.of(part("a", "Origin"), part("b", "Destination")),
                ChoiceScoring.single(List.of(new Option("a", 1), new Option("b", creditOfB))));
    }

    static QuestionContent.Part part(String key, String text) {
        return new QuestionContent.Part(key, Map.of(ENGLISH, text), Map.of());
    }

    @Test
    void editingAQuestionAddsAVersionAndLeavesTheOneAttemptsSaw() {
        Question question = Question.create(null, choice("Which city?", 0), "trainer", NOW);
        QuestionVersion first = question.current();

        QuestionVersion second = question.revise(1, choice("Which city hosts the centre?", 0.5), "trainer", NOW);

        assertThat(question.versions()).containsExactly(first, second);
        assertThat(second.number()).isEqualTo(2);
        assertThat(first.stem().in(ENGLISH, ENGLISH)).isEqualTo("Which city?");
        assertThat(first.scoring().score(Response.of("b"))).contains(0.0);
        assertThat(second.scoring().score(Response.of("b"))).contains(0.5);
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsAConflictAndTheTypeCannotChange() {
        Question question = Question.create(null, choice("Which city?", 0), "trainer", NOW);
        question.revise(1, choice("Which town?", 0), "other trainer", NOW);

        assertThatThrownBy(() -> question.revise(1, choice("Which village?", 0), "trainer", NOW)).isInstanceOf(EditConflict.class);
        QuestionContent essay = new QuestionContent(BigDecimal.ONE, Map.of(ENGLISH, "Why?"), Map.of(), List.of(), new EssayScoring());
        assertThatThrownBy(() -> question.revise(2, essay, "trainer", NOW))
                .isInstanceOf(InputRefused.class).hasMessageContaining("question.typeFixed");
        assertThat(question.versions()).hasSize(2);
    }

    @Test
    void theQuestionTextIsCleanedAndEveryOptionNeedsAText() {
        QuestionContent content = new QuestionContent(BigDecimal.ONE,
                Map.of(ENGLISH, "<p onclick=\"steal()\">Which <b>city</b>?<script>alert(1)</script></p>"), Map.of(),
                List.of(part("a", " Origin "), part("b", "Destination")), ChoiceScoring.single(List.of(new Option("a", 1), new Option("b", 0))));

        QuestionContent checked = content.checked();

        assertThat(checked.stem().get(ENGLISH)).doesNotContain("script", "onclick").contains("<b>city</b>");
        assertThat(checked.parts().get(0).text().get(ENGLISH)).isEqualTo("Origin");
        assertThatThrownBy(() -> new QuestionContent(BigDecimal.ONE, Map.of(ENGLISH, "Which?"), Map.of(),
                List.of(part("a", "Origin"), part("b", " ")), ChoiceScoring.single(List.of(new Option("a", 1), new Option("b", 0)))).checked())
                .hasMessageContaining("question.options.textMissing");
    }

    @Test
    void partsMustBeExactlyTheOptionsTheScoringKnows() {
        assertThatThrownBy(() -> new QuestionContent(BigDecimal.ONE, Map.of(ENGLISH, "Which?"), Map.of(),
                List.of(part("a", "Origin")), ChoiceScoring.single(List.of(new Option("a", 1), new Option("b", 0)))).checked())
                .hasMessageContaining("question.options.duplicate");
    }

    @Test
    void aQuestionNeedsItsTextAndPointsWithinRange() {
        assertThatThrownBy(() -> new QuestionContent(BigDecimal.ONE, Map.of(FRENCH, "<p> </p>"), Map.of(), List.of(), new EssayScoring()).checked())
                .hasMessageContaining("question.stem.required");
        for (String points : List.of("0", "-1", "100.01", "1.005")) {
            assertThatThrownBy(() -> new QuestionContent(new BigDecimal(points), Map.of(ENGLISH, "Why?"), Map.of(), List.of(), new EssayScoring()).checked())
                    .as(points).hasMessageContaining("question.points.range");
        }
    }

    @Test
    void everyTypeOfScoringIsStoredAndReadBackTheSame() {
        List<Scoring> all = List.of(
                ChoiceScoring.single(List.of(new Option("a", 1), new Option("b", 0.25))),
                ChoiceScoring.multiple(List.of(new Option("a", 0.3333), new Option("b", 0.3333), new Option("c", 0.3334), new Option("d", -1))),
                ChoiceScoring.trueFalse(false),
                ShortAnswerScoring.of(List.of(new ShortAnswerScoring.Accepted("migra*", 1), new ShortAnswerScoring.Accepted("\"quoted\" \\ text", 0.5)), true, false),
                NumericScoring.of(List.of(new NumericScoring.Accepted(new BigDecimal("2.50"), new BigDecimal("0.1"), 1)),
                        List.of(new NumericScoring.Unit("km", BigDecimal.ONE), new NumericScoring.Unit("m", new BigDecimal("1000"))), true),
                MatchingScoring.of(List.of(new MatchingScoring.Pair("p1", "i2"), new MatchingScoring.Pair("p2", "i1")), List.of("i1", "i2", "i3")),
                OrderingScoring.of(List.of("c", "a", "b")),
                new EssayScoring());

        for (Scoring scoring : all) {
            assertThat(ScoringJson.read(ScoringJson.write(scoring))).as(scoring.type().name()).isEqualTo(scoring);
        }
    }

    @Test
    void contentLanguagesAreKeptApart() {
        QuestionContent content = new QuestionContent(BigDecimal.ONE, Map.of(ENGLISH, "Why?", FRENCH, "Pourquoi ?"), Map.of(),
                List.of(), new EssayScoring());

        Question question = Question.create(null, content, "trainer", NOW);

        assertThat(question.current().content().stem()).containsEntry(ContentLanguage.FRENCH, "Pourquoi ?").hasSize(2);
    }
}
