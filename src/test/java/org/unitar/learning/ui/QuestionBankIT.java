package org.unitar.learning.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.support.Browser;
import org.unitar.learning.support.BrowserTest;
import org.unitar.learning.support.stack.DemoAccounts;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo course's trainer builds its question bank in French: a category, a multiple-choice question refused
 * while its credits do not reach 100 % and then saved, a second version, and a French translation of its options
 * next to the English answers; another trainer gets the 403 page on the bank and on the question.
 */
@BrowserTest
class QuestionBankIT {

    private static final Path CONFIG = Path.of(System.getProperty("stack.config", "config"));
    private static final Messages FR = Messages.in(Language.FRENCH);

    @Test
    void theCoursesTrainerWritesVersionsAndTranslatesAQuestionThatAnotherTrainerCannotOpen(Browser browser) {
        DemoAccounts.Account trainer = account("awa.ouedraogo");
        browser.signIn(trainer.username(), trainer.password());
        browser.open("/author/");
        String courseId = browser.driver().findElement(By.xpath("//a[starts-with(normalize-space(), 'Migrations et développement local')]"))
                .getDomAttribute("href").replaceAll(".*id=(\\d+).*", "$1");

        browser.open("/author/course/edit.xhtml?id=" + courseId);
        browser.clickToNewPage(By.id("nav-questions"));
        assertThat(browser.driver().findElement(By.id("nav-questions")).getDomAttribute("aria-current")).isEqualTo("page");
        type(browser, "categoryForm:name", "Gouvernance locale");
        browser.clickToNewPage(By.id("categoryForm:addCategory"));
        assertThat(browser.driver().findElement(By.id("messages")).getText()).isEqualTo(FR.format("author_questions.categoryAdded"));

        new Select(browser.driver().findElement(By.id("newQuestionForm:type"))).selectByVisibleText(FR.format("questionType.MULTIPLE_CHOICE"));
        new Select(browser.driver().findElement(By.id("newQuestionForm:category"))).selectByVisibleText("Gouvernance locale");
        browser.clickToNewPage(By.id("newQuestionForm:create"));
        browser.driver().findElement(By.cssSelector("#questionForm\\:stem .ql-editor")).sendKeys("Who shapes how migration meets local development?");
        row(browser, 0, "text", "The mayor's office");
        row(browser, 0, "credit", "50");
        row(browser, 1, "text", "City associations");
        row(browser, 1, "credit", "40");
        row(browser, 1, "feedback", "Yes: they run many services.");
        row(browser, 2, "text", "Nobody");
        row(browser, 2, "credit", "-100");
        browser.clickToNewPage(By.id("questionForm:save"));
        assertThat(browser.driver().findElement(By.id("questionForm:rowsMessage")).getText()).isEqualTo(FR.format("question.options.creditsNotFull"));
        assertThat(value(browser, 1, "text")).isEqualTo("City associations");

        row(browser, 1, "credit", "50");
        browser.clickToNewPage(By.id("questionForm:save"));
        assertThat(browser.driver().findElement(By.id("questionForm:messages")).getText()).isEqualTo(FR.format("author_question.added"));
        String questionPath = browser.path();
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(FR.format("author_question.version", 1));

        row(browser, 2, "text", "Only the national government");
        browser.clickToNewPage(By.id("questionForm:save"));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(FR.format("author_question.version", 2));
        assertThat(value(browser, 2, "text")).isEqualTo("Only the national government");

        browser.open(questionPath + "&in=fr");
        assertThat(browser.driver().findElement(By.id("questionForm:row:0:credit")).isEnabled()).isFalse();
        assertThat(browser.driver().findElement(By.id("original-0")).getText()).isEqualTo("The mayor's office");
        assertThat(browser.driver().findElement(By.id("originalStem")).getText()).endsWith("Who shapes how migration meets local development?");
        row(browser, 0, "text", "Le bureau du maire");
        row(browser, 1, "text", "Les associations de la ville");
        row(browser, 2, "text", "Seul le gouvernement national");
        browser.clickToNewPage(By.id("questionForm:save"));
        assertThat(value(browser, 0, "text")).isEqualTo("Le bureau du maire");
        assertThat(browser.driver().findElement(By.id("questionForm:row:1:credit")).getDomProperty("value")).isEqualTo("50");
        browser.open(questionPath + "&in=en");
        assertThat(value(browser, 0, "text")).isEqualTo("The mayor's office");

        browser.open("/author/course/questions.xhtml?id=" + courseId);
        WebElement bank = browser.driver().findElement(By.xpath("//section[.//h2[text()='Gouvernance locale']]"));
        assertThat(bank.getText()).contains(FR.format("questionType.MULTIPLE_CHOICE")).contains("Who shapes how migration meets local development?");
        assertThat(bank.findElement(By.cssSelector("tbody tr td:last-child")).getText()).isEqualTo("3");

        String sharedTitle = "Données migratoires " + System.nanoTime();
        browser.open("/author/");
        browser.clickToNewPage(By.id("sharedBanks"));
        browser.clickToNewPage(By.id("bankForm:create"));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(FR.format("question_bank.titleRequired"));
        type(browser, "bankForm:title", sharedTitle);
        type(browser, "bankForm:name", "Définitions");
        browser.clickToNewPage(By.id("bankForm:create"));
        assertThat(browser.heading()).isEqualTo(sharedTitle);
        String sharedBank = browser.path();
        new Select(browser.driver().findElement(By.id("newQuestionForm:type"))).selectByVisibleText(FR.format("questionType.TRUE_FALSE"));
        browser.clickToNewPage(By.id("newQuestionForm:create"));
        browser.driver().findElement(By.cssSelector("#questionForm\\:stem .ql-editor")).sendKeys("Un migrant de retour est compté comme émigrant.");
        browser.clickToNewPage(By.id("questionForm:save"));
        assertThat(browser.driver().findElement(By.id("questionForm:messages")).getText()).isEqualTo(FR.format("author_question.added"));
        assertThat(browser.driver().findElements(By.id("regradeForm"))).as("no course to regrade in a shared bank").isEmpty();
        String sharedQuestion = browser.path();
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.signOut();
        browser.driver().manage().deleteAllCookies();
        DemoAccounts.Account other = account("tomasz.nowak");
        Messages theirs = Messages.in(Language.forTag(other.locale()).orElseThrow());
        browser.signIn(other.username(), other.password());
        for (String page : List.of("/author/course/questions.xhtml?id=" + courseId, questionPath,
                questionPath.replaceAll("id=\\d+", "bank=" + sharedBank.replaceAll(".*bank=(\\d+).*", "$1")))) {
            browser.open(page);
            assertThat(browser.heading()).as(page).isEqualTo(theirs.format("error_403.title"));
        }
        browser.open(sharedBank);
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Un migrant de retour est compté comme émigrant.");
        assertThat(browser.driver().findElements(By.id("newQuestionForm"))).as("a shared bank is changed by its creator only").isEmpty();
        browser.open(sharedQuestion);
        browser.clickToNewPage(By.id("questionForm:save"));
        assertThat(browser.heading()).isEqualTo(theirs.format("error_403.title"));
    }

    private static DemoAccounts.Account account(String username) {
        return DemoAccounts.read(CONFIG).stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    private static void row(Browser browser, int row, String field, String text) {
        WebElement input = browser.driver().findElement(By.id("questionForm:row:" + row + ":" + field));
        input.clear();
        input.sendKeys(text);
    }

    private static String value(Browser browser, int row, String field) {
        return browser.driver().findElement(By.id("questionForm:row:" + row + ":" + field)).getDomProperty("value");
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
