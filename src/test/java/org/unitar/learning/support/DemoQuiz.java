package org.unitar.learning.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unitar.learning.assessment.ChoiceScoring;
import org.unitar.learning.assessment.MatchingScoring;
import org.unitar.learning.assessment.NumericScoring;
import org.unitar.learning.assessment.OrderingScoring;
import org.unitar.learning.assessment.QuestionBankXml;
import org.unitar.learning.assessment.QuestionContent;
import org.unitar.learning.assessment.ShortAnswerScoring;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.shared.archive.SafeXml;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The demo course's quiz as a learner answers it in a browser: its questions read from the demo seed's
 * {@code question-bank.xml}, and the right answer of each given the way a person does, by the texts the page
 * shows (the page's values are places, never the author's keys).
 */
public final class DemoQuiz {

    private final List<QuestionContent> questions;
    private final ContentLanguage language;
    private final Messages words;

    public DemoQuiz(ContentLanguage language, Messages words) {
        this.language = language;
        this.words = words;
        try (InputStream xml = DemoQuiz.class.getClassLoader().getResourceAsStream("demo/migration-local-development/question-bank.xml")) {
            this.questions = QuestionBankXml.read(SafeXml.parse(xml)).categories().get(0).questions();
        } catch (Exception e) {
            throw new IllegalStateException("The demo quiz cannot be read", e);
        }
    }

    public int size() {
        return questions.size();
    }

    /** Gives the right answer to question {@code index} (from 0), shown alone on the page, and waits until it is saved. */
    public void answer(WebDriver driver, int index) {
        QuestionContent question = questions.get(index);
        WebElement fieldset = driver.findElement(By.cssSelector("fieldset.question"));
        Map<String, String> texts = question.parts().stream().collect(Collectors.toMap(QuestionContent.Part::key,
                p -> p.text().getOrDefault(language, p.text().get(ContentLanguage.ENGLISH))));
        switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> ((ChoiceScoring) question.scoring()).rightKeys()
                    .forEach(k -> label(fieldset, texts.get(k)).click());
            case TRUE_FALSE -> label(fieldset, words.format(((ChoiceScoring) question.scoring()).rightKeys().contains(ChoiceScoring.TRUE)
                    ? "question.true" : "question.false")).click();
            case SHORT_ANSWER -> fieldset.findElement(By.cssSelector("input[type=text]"))
                    .sendKeys(((ShortAnswerScoring) question.scoring()).answers().get(0).pattern().replace("*", ""));
            case NUMERIC -> fieldset.findElement(By.cssSelector("input[type=text]"))
                    .sendKeys(((NumericScoring) question.scoring()).answers().get(0).value().toPlainString());
            case MATCHING -> {
                List<WebElement> selects = fieldset.findElements(By.tagName("select"));
                List<MatchingScoring.Pair> pairs = ((MatchingScoring) question.scoring()).pairs();
                for (int i = 0; i < pairs.size(); i++) {
                    new Select(selects.get(i)).selectByVisibleText(texts.get(pairs.get(i).item()));
                }
            }
            case ORDERING -> {
                List<WebElement> selects = fieldset.findElements(By.tagName("select"));
                List<String> order = ((OrderingScoring) question.scoring()).order();
                for (int i = 0; i < order.size(); i++) {
                    new Select(selects.get(i)).selectByVisibleText(texts.get(order.get(i)));
                }
            }
            default -> throw new IllegalStateException("The demo quiz has only questions graded by themselves");
        }
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> words.format("attempt.saved")
                .equals(d.findElement(By.cssSelector("fieldset.question .question__status")).getText()));
    }

    /** Whether the page shows question {@code index} with its right answer saved (for choice questions). */
    public boolean showsChosen(WebDriver driver, int index) {
        QuestionContent question = questions.get(index);
        WebElement fieldset = driver.findElement(By.cssSelector("fieldset.question"));
        Map<String, String> texts = question.parts().stream().collect(Collectors.toMap(QuestionContent.Part::key,
                p -> p.text().getOrDefault(language, p.text().get(ContentLanguage.ENGLISH))));
        List<String> labels = switch (question.type()) {
            case TRUE_FALSE -> List.of(words.format(((ChoiceScoring) question.scoring()).rightKeys().contains(ChoiceScoring.TRUE)
                    ? "question.true" : "question.false"));
            default -> ((ChoiceScoring) question.scoring()).rightKeys().stream().map(texts::get).toList();
        };
        List<String> checked = fieldset.findElements(By.cssSelector("input:checked")).stream()
                .map(i -> fieldset.findElement(By.cssSelector("label[for='" + i.getDomAttribute("id") + "']")).getText().strip())
                .toList();
        return checked.size() == labels.size() && checked.containsAll(labels);
    }

    private static WebElement label(WebElement fieldset, String text) {
        return fieldset.findElements(By.tagName("label")).stream().filter(l -> l.getText().strip().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No answer labelled '" + text + "'"));
    }
}
