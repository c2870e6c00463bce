package org.unitar.learning.assessment;

import org.junit.jupiter.api.Test;
import org.unitar.learning.shared.archive.SafeXml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
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
        List<QuestionBankXml.Category> bank = List.of(new QuestionBankXml.Category("Steps", List.of(ordering, essay)),
                new QuestionBankXml.Category("Empty", List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        QuestionBankXml.write(bank, out);

        assertThat(QuestionBankXml.read(SafeXml.parse(new ByteArrayInputStream(out.toByteArray())))).isEqualTo(bank);
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
