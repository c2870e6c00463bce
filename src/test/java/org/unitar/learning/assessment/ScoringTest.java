package org.unitar.learning.assessment;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.unitar.learning.assessment.ChoiceScoring.Option;
import org.unitar.learning.shared.InputRefused;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringTest {

    private static double score(Scoring scoring, String... values) {
        return scoring.score(Response.of(values)).orElseThrow();
    }

    private static String refusal(Runnable authoring) {
        try {
            authoring.run();
        } catch (InputRefused e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Nested
    class SingleChoice {

        private final ChoiceScoring question = ChoiceScoring.single(List.of(new Option("a", 0), new Option("b", 1), new Option("c", 0.5)));

        @Test
        void theChosenOptionsCreditIsTheScore() {
            assertThat(score(question, "b")).isEqualTo(1.0);
            assertThat(score(question, "c")).isEqualTo(0.5);
            assertThat(score(question, "a")).isZero();
            assertThat(question.score(Response.NONE)).contains(0.0);
        }

        @Test
        void twoOptionsOrAnOptionItDoesNotHaveAreRefusedAndScoreNothing() {
            assertThat(question.accepts(Response.of("a", "b"))).isFalse();
            assertThat(question.accepts(Response.of("z"))).isFalse();
            assertThat(score(question, "b", "c")).isZero();
        }

        @Test
        void anAuthorMustGiveOneRightOptionAndAtLeastTwo() {
            assertThat(refusal(() -> ChoiceScoring.single(List.of(new Option("a", 0), new Option("b", 0.5)))))
                    .isEqualTo("question.options.noFullCredit");
            assertThat(refusal(() -> ChoiceScoring.single(List.of(new Option("a", 1))))).isEqualTo("question.options.tooFew");
            assertThat(refusal(() -> ChoiceScoring.single(List.of(new Option("a", 1), new Option("a", 0)))))
                    .isEqualTo("question.options.duplicate");
            assertThat(refusal(() -> ChoiceScoring.single(List.of(new Option("a", 1), new Option("b", -0.5)))))
                    .isEqualTo("question.options.creditOutOfRange");
        }
    }

    @Nested
    class MultipleChoice {

        private final double third = 0.3333;
        private final ChoiceScoring question = ChoiceScoring.multiple(List.of(new Option("a", third), new Option("b", third),
                new Option("c", third), new Option("d", -0.5), new Option("e", -0.5)));

        @Test
        void creditsOfTheChosenOptionsAddUpToPartialOrFullMarks() {
            assertThat(score(question, "a")).isEqualTo(0.3333);
            assertThat(score(question, "a", "b")).isEqualTo(0.6666);
            assertThat(score(question, "a", "b", "c")).isEqualTo(0.9999);
        }

        @Test
        void wrongChoicesTakeCreditAwayButTheScoreNeverGoesBelowZero() {
            assertThat(score(question, "a", "b", "d")).isEqualTo(0.1666);
            assertThat(score(question, "a", "b", "c", "d", "e")).isZero();
            assertThat(score(question, "d")).isZero();
        }

        @Test
        void theSameOptionTwiceIsRefused() {
            assertThat(question.accepts(Response.of("a", "a"))).isFalse();
            assertThat(score(question, "a", "a", "a")).isZero();
        }

        @Test
        void theRightOptionsMustAddUpToFullMarks() {
            assertThat(refusal(() -> ChoiceScoring.multiple(List.of(new Option("a", 0.5), new Option("b", 0.4), new Option("c", -1)))))
                    .isEqualTo("question.options.creditsNotFull");
        }
    }

    @Test
    void trueFalseHasTheTwoFixedOptions() {
        ChoiceScoring question = ChoiceScoring.trueFalse(false);

        assertThat(score(question, ChoiceScoring.FALSE)).isEqualTo(1.0);
        assertThat(score(question, ChoiceScoring.TRUE)).isZero();
        assertThat(question.accepts(Response.of("maybe"))).isFalse();
        assertThat(question.type()).isEqualTo(QuestionType.TRUE_FALSE);
    }

    @Nested
    class ShortAnswer {

        private final ShortAnswerScoring question = ShortAnswerScoring.of(List.of(
                new ShortAnswerScoring.Accepted("Sénégal", 1), new ShortAnswerScoring.Accepted("Dakar*", 0.5)), false, false);

        @Test
        void caseAccentsAndSpacesDoNotCountUnlessTheAuthorSaysSo() {
            assertThat(score(question, "  senegal ")).isEqualTo(1.0);
            assertThat(score(question, "SÉNÉGAL")).isEqualTo(1.0);
            assertThat(score(question, "Senegalese")).isZero();

            ShortAnswerScoring strict = ShortAnswerScoring.of(List.of(new ShortAnswerScoring.Accepted("Sénégal", 1)), true, true);
            assertThat(score(strict, "Sénégal")).isEqualTo(1.0);
            assertThat(score(strict, "sénégal")).isZero();
            assertThat(score(strict, "Senegal")).isZero();
        }

        @Test
        void aStarStandsForAnyRunOfCharactersAndTheBestMatchCounts() {
            assertThat(score(question, "Dakar")).isEqualTo(0.5);
            assertThat(score(question, "dakar region")).isEqualTo(0.5);
            assertThat(score(question, "Thiès")).isZero();
        }

        @Test
        void everythingButTheStarIsTakenLiterally() {
            ShortAnswerScoring dotted = ShortAnswerScoring.of(List.of(new ShortAnswerScoring.Accepted("U.N. (1945)", 1)), false, false);

            assertThat(score(dotted, "u.n. (1945)")).isEqualTo(1.0);
            assertThat(score(dotted, "uxnx (1945)")).isZero();
        }

        @Test
        void arabicShortVowelsAndTatweelCountAsAccents() {
            ShortAnswerScoring arabic = ShortAnswerScoring.of(List.of(new ShortAnswerScoring.Accepted("الهجرة", 1)), false, false);

            assertThat(score(arabic, "الهِجْرَة")).isEqualTo(1.0);
            assertThat(score(arabic, "الهـجرة")).isEqualTo(1.0);
        }

        @Test
        void anAnswerMadeOfStarsOnlyOrWithoutFullCreditIsRefused() {
            assertThat(refusal(() -> ShortAnswerScoring.of(List.of(new ShortAnswerScoring.Accepted("*", 1)), false, false)))
                    .isEqualTo("question.answers.none");
            assertThat(refusal(() -> ShortAnswerScoring.of(List.of(new ShortAnswerScoring.Accepted("x", 0.5)), false, false)))
                    .isEqualTo("question.options.noFullCredit");
        }

        @Test
        void aResponseLongerThanAShortAnswerIsRefused() {
            assertThat(question.accepts(Response.of("x".repeat(ShortAnswerScoring.MAX_LENGTH + 1)))).isFalse();
        }
    }

    @Nested
    class Numeric {

        private final NumericScoring distance = NumericScoring.of(
                List.of(new NumericScoring.Accepted(new BigDecimal("2.5"), new BigDecimal("0.1"), 1),
                        new NumericScoring.Accepted(new BigDecimal("2.5"), new BigDecimal("0.5"), 0.5)),
                List.of(new NumericScoring.Unit("km", BigDecimal.ONE), new NumericScoring.Unit("m", new BigDecimal("1000"))), false);

        @Test
        void aNumberWithinTheToleranceEarnsTheBestCredit() {
            assertThat(score(distance, "2.5")).isEqualTo(1.0);
            assertThat(score(distance, "2.6")).isEqualTo(1.0);
            assertThat(score(distance, "2.61")).isEqualTo(0.5);
            assertThat(score(distance, "3.1")).isZero();
            assertThat(score(distance, "-2.5")).isZero();
        }

        @Test
        void decimalCommasAndSpacesBetweenDigitsAreReadAsLearnersWriteThem() {
            assertThat(score(distance, "2,5")).isEqualTo(1.0);
            assertThat(score(distance, "2 500 m")).isEqualTo(1.0);
            assertThat(score(distance, "2\u00a0500\u202fm")).isEqualTo(1.0);
        }

        @Test
        void aUnitConvertsThroughItsMultiplierAndAnUnknownUnitIsWrong() {
            assertThat(score(distance, "2500 m")).isEqualTo(1.0);
            assertThat(score(distance, "2.5 KM")).isEqualTo(1.0);
            assertThat(score(distance, "2.5 miles")).isZero();
        }

        @Test
        void aRequiredUnitMustBeWritten() {
            NumericScoring required = NumericScoring.of(List.of(new NumericScoring.Accepted(new BigDecimal("40"), BigDecimal.ZERO, 1)),
                    List.of(new NumericScoring.Unit("%", BigDecimal.ONE)), true);

            assertThat(score(required, "40 %")).isEqualTo(1.0);
            assertThat(score(required, "40")).isZero();
        }

        @Test
        void textThatIsNotANumberOrAnOutsizedExponentScoresNothing() {
            assertThat(score(distance, "two and a half")).isZero();
            assertThat(score(distance, "1e999999999")).isZero();
            assertThat(score(distance, "")).isZero();
        }

        @Test
        void aNegativeToleranceOrAnUnlabelledUnitIsRefused() {
            assertThat(refusal(() -> NumericScoring.of(List.of(new NumericScoring.Accepted(BigDecimal.ONE, new BigDecimal("-1"), 1)),
                    List.of(), false))).isEqualTo("question.numeric.toleranceNegative");
            assertThat(refusal(() -> NumericScoring.of(List.of(new NumericScoring.Accepted(BigDecimal.ONE, BigDecimal.ZERO, 1)),
                    List.of(new NumericScoring.Unit(" ", BigDecimal.ONE)), false))).isEqualTo("question.numeric.unitInvalid");
        }
    }

    @Nested
    class Matching {

        private final MatchingScoring question = MatchingScoring.of(List.of(new MatchingScoring.Pair("p1", "i1"),
                new MatchingScoring.Pair("p2", "i2"), new MatchingScoring.Pair("p3", "i3")), List.of("i1", "i2", "i3", "i4"));

        @Test
        void eachRightMatchEarnsAnEqualShare() {
            assertThat(score(question, "i1", "i2", "i3")).isEqualTo(1.0);
            assertThat(score(question, "i1", "i3", "i2")).isEqualTo(0.3333);
            assertThat(score(question, "i1", "", "i4")).isEqualTo(0.3333);
        }

        @Test
        void anItemTheQuestionDoesNotHaveOrTheWrongNumberOfMatchesIsRefused() {
            assertThat(question.accepts(Response.of("i1", "i2", "i9"))).isFalse();
            assertThat(question.accepts(Response.of("i1", "i2"))).isFalse();
            assertThat(refusal(() -> MatchingScoring.of(List.of(new MatchingScoring.Pair("p1", "i1"), new MatchingScoring.Pair("p2", "i9")),
                    List.of("i1", "i2")))).isEqualTo("question.options.duplicate");
        }
    }

    @Nested
    class Ordering {

        private final OrderingScoring question = OrderingScoring.of(List.of("plan", "consult", "adopt", "review"));

        @Test
        void eachItemInItsPlaceEarnsAnEqualShare() {
            assertThat(score(question, "plan", "consult", "adopt", "review")).isEqualTo(1.0);
            assertThat(score(question, "plan", "adopt", "consult", "review")).isEqualTo(0.5);
            assertThat(score(question, "review", "adopt", "consult", "plan")).isZero();
        }

        @Test
        void aResponseMustUseEveryItemOnce() {
            assertThat(question.accepts(Response.of("plan", "plan", "adopt", "review"))).isFalse();
            assertThat(question.accepts(Response.of("plan", "consult", "adopt"))).isFalse();
            assertThat(refusal(() -> OrderingScoring.of(List.of("only")))).isEqualTo("question.ordering.tooFew");
        }
    }

    @Test
    void anEssayIsLeftForATrainerAndLongTextsAreRefused() {
        EssayScoring essay = new EssayScoring();

        assertThat(essay.score(Response.of("A long reflection"))).isEmpty();
        assertThat(essay.accepts(Response.of("x".repeat(Scoring.MAX_RESPONSE_LENGTH)))).isTrue();
        assertThat(essay.accepts(Response.of("x".repeat(Scoring.MAX_RESPONSE_LENGTH + 1)))).isFalse();
        assertThat(Response.of((String) null).values()).containsExactly("");
    }
}
