package org.unitar.learning.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.support.Browser;
import org.unitar.learning.support.BrowserTest;
import org.unitar.learning.support.stack.DemoAccounts;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo course's trainer sets up its quiz in French: settings refused next to their field and then saved, extra
 * time refused for someone who is not a learner of the course; the gradebook and the answers to mark open, in
 * French. Another trainer gets the 403 page on the quiz, the gradebook, its CSV export and the marking page.
 */
@BrowserTest
class QuizAuthoringIT {

    private static final Path CONFIG = Path.of(System.getProperty("stack.config", "config"));
    private static final Messages FR = Messages.in(Language.FRENCH);

    @Test
    void theCoursesTrainerSetsUpTheQuizAndReadsTheGradebookWhichAnotherTrainerCannotOpen(Browser browser) {
        DemoAccounts.Account trainer = account("awa.ouedraogo");
        browser.signIn(trainer.username(), trainer.password());
        browser.open("/author/");
        String courseId = browser.driver().findElement(By.xpath("//a[starts-with(normalize-space(), 'Migrations et développement local')]"))
                .getDomAttribute("href").replaceAll(".*id=(\\d+).*", "$1");
        browser.open("/author/course/outline.xhtml?id=" + courseId);
        browser.clickToNewPage(By.xpath("//a[contains(@href, 'lesson.xhtml') and (contains(@aria-label, 'Vérifiez vos connaissances')"
                + " or contains(@aria-label, 'Check your knowledge'))]"));
        browser.clickToNewPage(By.id("editQuiz"));
        String quizPath = browser.path();
        assertThat(quizPath).startsWith("/author/course/quiz.xhtml");
        assertThat(browser.driver().findElements(By.cssSelector(".quiz-slots__item"))).hasSize(7);

        type(browser, "quizForm:opensAt", "2030-01-02T10:00");
        type(browser, "quizForm:closesAt", "2030-01-01T10:00");
        browser.clickToNewPage(By.id("quizForm:save"));
        assertThat(browser.messageNextTo("quizForm:closesAt")).isEqualTo(FR.format("quiz.closesBeforeOpening"));
        assertThat(browser.driver().findElement(By.id("quizForm:opensAt")).getDomProperty("value")).isEqualTo("2030-01-02T10:00");

        type(browser, "quizForm:opensAt", "");
        type(browser, "quizForm:closesAt", "");
        type(browser, "quizForm:timeLimit", "45");
        browser.clickToNewPage(By.id("quizForm:save"));
        assertThat(browser.driver().findElement(By.id("messages")).getText()).isEqualTo(FR.format("author_quiz.saved"));
        assertThat(browser.driver().findElement(By.id("quizForm:timeLimit")).getDomProperty("value")).isEqualTo("45");

        type(browser, "extraForm:extraPerson", "nobody@example.org");
        type(browser, "extraForm:extraMinutes", "15");
        browser.clickToNewPage(By.id("extraForm:grant"));
        assertThat(browser.messageNextTo("extraForm:extraPerson")).isEqualTo(FR.format("quiz.extraTimePersonUnknown"));

        type(browser, "quizForm:timeLimit", "30");
        browser.clickToNewPage(By.id("quizForm:save"));
        browser.clickToNewPage(By.id("nav-gradebook"));
        assertThat(browser.heading()).isNotBlank();
        assertThat(browser.driver().findElement(By.id("export")).getDomAttribute("href")).contains("/author/gradebook.csv?id=" + courseId);
        browser.clickToNewPage(By.id("toGrading"));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(FR.format("grading.title"));
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.signOut();
        browser.driver().manage().deleteAllCookies();
        DemoAccounts.Account other = account("tomasz.nowak");
        Messages theirs = Messages.in(Language.forTag(other.locale()).orElseThrow());
        browser.signIn(other.username(), other.password());
        for (String page : List.of(quizPath, "/author/course/gradebook.xhtml?id=" + courseId, "/author/gradebook.csv?id=" + courseId,
                "/author/course/grading.xhtml?id=" + courseId)) {
            browser.open(page);
            assertThat(browser.heading()).as(page).isEqualTo(theirs.format("error_403.title"));
        }
    }

    private static DemoAccounts.Account account(String username) {
        return DemoAccounts.read(CONFIG).stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    /** Types into a field; a date and time field gets its value as the browser's picker would set it. */
    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.waitFor(By.id(id));
        if ("datetime-local".equals(input.getDomAttribute("type"))) {
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, text);
            return;
        }
        input.clear();
        input.sendKeys(text);
    }
}
