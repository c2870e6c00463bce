package org.unitar.learning.assessment;

import org.junit.jupiter.api.Test;
import org.unitar.learning.shared.archive.SafeXml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unitar.learning.shared.i18n.ContentLanguage.ARABIC;
import static org.unitar.learning.shared.i18n.ContentLanguage.ENGLISH;

class QuestionBankXmlTest {

    @Test
    void aBankWrittenAndReadBackIsTheSameWithEveryLanguageAndScoring() throws Exception {
        QuestionContent ordering = new QuestionContent(new BigDecimal("1.50"), Map.of(ENGLISH, "<p>Order the steps &amp; go</p>", ARABIC, "<p>رتّب الخطوات</p>"),
                Map.of(ENGLISH, "<p>Plan first.</p>"),
                List.of(new QuestionContent.Part("s1", Map.of(ENGLISH, "Plan <first>"), Map.of()),
                        new QuestionContent.Part("s2", Map.of(ENGLISH, "Consult", ARABIC, "تشاور"), Map.of(ENGLISH, "\"then\""))),
                OrderingScoring.of(List.of("s1", "s2")));
        QuestionContent essay = new QuestionContent(BigDecimal.TEN, Map.of(ENGLISH, "<p>Why?</p>"), Map.of(), List.of(), new EssayScoring());
        QuizSettings settings = new QuizSettings();
        settings.setClosesAt(LocalDateTime.parse("2026-12-31T23:30"));
        settings.setTimeLimitMinutes(45);
        settings.setGradingMethod(GradingMethod.AVERAGE);
        settings.setReviewFeedback(ReviewTime.NEVER);
        QuestionBankXml.Bank bank = new QuestionBankXml.Bank(List.of(new QuestionBankXml.Category("Steps", List.of(ordering, essay)),
                new QuestionBankXml.Category("Empty", List.of())),
                List.of(new QuestionBankXml.QuizEntry("lesson-4", settings,
                        List.of(new QuestionBankXml.Ask(0, 1, 1), new QuestionBankXml.Ask(0, null, 2)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        QuestionBankXml.write(bank, out);

        assertThat(QuestionBankXml.read(SafeXml.parse(new ByteArrayInputStream(out.toByteArray()))))
                .usingRecursiveComparison().isEqualTo(bank);
    }

    @Test
    void aQuizAskingForAQuestionTheFileDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> QuestionBankXml.read(SafeXml.parse(bytes("""
                <question-bank xmlns="urn:unitar:learning:question-bank:1"><category name="A"/>
                <quiz lesson="l" layout="ONE_PER_PAGE" grading-method="LAST" pass-percent="50" review-answers="NEVER"
                      review-correctness="NEVER" review-feedback="NEVER" review-correct-answers="NEVER">
                <ask category="0" question="3"/></quiz></question-bank>"""))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileOfAnotherKindOrAQuestionWhoseTypeIsNotItsScoringsIsRefused() {
        assertThatThrownBy(() -> QuestionBankXml.read(SafeXml.parse(bytes("<course xmlns=\"urn:unitar:learning:course:1\"/>"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuestionBankXml.read(SafeXml.parse(bytes("""
                <question-bank xmlns="urn:unitar:learning:question-bank:1"><category name="A"><question type="ORDERING" points="1">
                <stem lang="en">Why?</stem><scoring>{"type":"ESSAY"}</scoring></question></category></question-bank>"""))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuestionBankXml.read(SafeXml.parse(bytes("""
                <question-bank xmlns="urn:unitar:learning:question-bank:1"><category name="A"><question type="ESSAY" points="1">
                <stem lang="xx">Why?</stem><scoring>{"type":"ESSAY"}</scoring></question></category></question-bank>"""))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ByteArrayInputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
