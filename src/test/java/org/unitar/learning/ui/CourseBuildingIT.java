package org.unitar.learning.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.support.Browser;
import org.unitar.learning.support.BrowserTest;
import org.unitar.learning.support.stack.DemoAccounts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer builds a course in the browser (two modules, three lessons, one with a file), moves a lesson with the
 * buttons that stand for drag and drop, translates the title into French, previews it in French and publishes it;
 * another trainer can neither open it nor export it.
 */
@BrowserTest
class CourseBuildingIT {

    private static final Path CONFIG = Path.of(System.getProperty("stack.config", "config"));
    private static final Path PDF = Path.of("src/main/resources/demo/migration-local-development/files/local-migration-governance-checklist.pdf");
    private static final Messages EN = Messages.in(Language.ENGLISH);

    @Test
    void aTrainerBuildsTranslatesPreviewsAndPublishesACourseThatAnotherTrainerCannotEdit(Browser browser) {
        List<DemoAccounts.Account> trainers = DemoAccounts.read(CONFIG).stream()
                .filter(a -> a.roles().equals(List.of("trainer"))).toList();
        DemoAccounts.Account author = trainers.stream().filter(a -> a.locale().equals("en")).findFirst().orElseThrow();
        DemoAccounts.Account other = trainers.stream().filter(a -> a != author).findFirst().orElseThrow();
        String title = "Welcoming newcomers in secondary cities " + UUID.randomUUID().toString().substring(0, 8);

        browser.signIn(author.username(), author.password());
        assertThat(browser.path()).isEqualTo("/author/");
        browser.clickToNewPage(By.id("newCourse"));
        type(browser, "course:title", title);
        type(browser, "course:summary", "How municipal services can receive people who arrive from elsewhere.");
        browser.driver().findElement(By.cssSelector("#course\\:description .ql-editor")).sendKeys("A course for city officials.");
        browser.driver().findElement(By.xpath("//label[text()='Français']")).click();
        type(browser, "course:minutes_input", "120");
        browser.driver().findElement(By.id("course:centre")).click();
        browser.waitFor(By.xpath("//li[contains(@class,'ui-selectonemenu-item')][contains(.,'Płock')]")).click();
        browser.clickToNewPage(By.id("course:save"));
        assertThat(browser.path()).startsWith("/author/course/outline.xhtml?id=");
        String courseId = browser.path().replaceAll(".*id=(\\d+).*", "$1");

        addModule(browser, "Why newcomers matter");
        addModule(browser, "Services that welcome");
        addLesson(browser, 0, null, "Arrival in numbers", lessonPage -> lessonPage.driver()
                .findElement(By.cssSelector("#lessonForm\\:body .ql-editor")).sendKeys("Most newcomers arrive in secondary cities."));
        addLesson(browser, 0, EN.format("lessonKind.LINK"), "Global Compact for Migration", lessonPage ->
                type(lessonPage, "lessonForm:url", "https://www.un.org/en/migration2022/global-compact-for-migration"));
        addLesson(browser, 1, EN.format("lessonKind.DOCUMENT"), "Checklist for service desks", null);
        browser.driver().findElement(By.id("files:media")).sendKeys(PDF.toAbsolutePath().toString());
        browser.clickToNewPage(By.id("files:upload"));
        assertThat(browser.driver().findElement(By.cssSelector(".file-list")).getText()).contains("local-migration-governance-checklist.pdf");

        browser.open("/author/course/outline.xhtml?id=" + courseId);
        browser.clickToNewPage(By.xpath(lessonRow("Global Compact for Migration") + "//input[@value='" + EN.format("author_course_outline.down") + "']"));
        assertThat(lessonTitles(browser, 0)).containsExactly("Arrival in numbers");
        assertThat(lessonTitles(browser, 1)).containsExactly("Global Compact for Migration", "Checklist for service desks");

        browser.open("/author/course/edit.xhtml?id=" + courseId + "&in=fr");
        type(browser, "course:title", "Accueillir les nouveaux arrivants " + title.substring(title.length() - 8));
        type(browser, "course:summary", "Comment les services municipaux accueillent les personnes venues d'ailleurs.");
        browser.clickToNewPage(By.id("course:save"));

        browser.open("/author/course/preview.xhtml?id=" + courseId + "&in=fr");
        WebElement previewTitle = browser.driver().findElement(By.cssSelector(".course-view h1"));
        assertThat(previewTitle.getText()).startsWith("Accueillir les nouveaux arrivants");
        assertThat(browser.driver().findElement(By.cssSelector(".course-view")).getDomAttribute("lang")).isEqualTo("fr");

        browser.open("/author/course/outline.xhtml?id=" + courseId);
        browser.clickToNewPage(By.id("outline:publish"));
        assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo(EN.format("courseStatus.PUBLISHED"));
        browser.open("/author/course/history.xhtml?id=" + courseId);
        assertThat(browser.driver().findElement(By.id("history")).getText()).contains(author.name());

        browser.signOut();
        browser.driver().manage().deleteAllCookies();
        Messages theirs = Messages.in(Language.forTag(other.locale()).orElse(Language.DEFAULT));
        browser.signIn(other.username(), other.password());
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).doesNotContain(title);
        for (String page : List.of("/author/course/edit.xhtml?id=", "/author/course/outline.xhtml?id=",
                "/author/course/preview.xhtml?id=", "/author/course/export?id=")) {
            browser.driver().get(browser.driver().getCurrentUrl().replaceAll("(https?://[^/]+).*", "$1") + page + courseId);
            assertThat(browser.heading()).as(page).isEqualTo(theirs.format("error_403.title"));
        }
    }

    private static void addModule(Browser browser, String title) {
        browser.clickToNewPage(By.id("addModule"));
        type(browser, "moduleForm:title", title);
        browser.clickToNewPage(By.id("moduleForm:save"));
    }

    private static void addLesson(Browser browser, int module, String kind, String title, java.util.function.Consumer<Browser> fill) {
        String outline = browser.path().startsWith("/author/course/outline") ? null : browser.path();
        if (outline != null) {
            browser.driver().findElement(By.id("nav-outline")).click();
            browser.waitFor(By.id("addModule"));
        }
        browser.clickToNewPage(By.id("addLesson-" + module));
        if (kind != null) {
            // the fields that depend on the kind are redrawn (ajax) once a kind is chosen
            WebElement kindFields = browser.driver().findElement(By.id("lessonForm:kindFields"));
            browser.driver().findElement(By.xpath("//label[normalize-space()='" + kind + "']")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(kindFields));
        }
        type(browser, "lessonForm:title", title);
        if (fill != null) {
            fill.accept(browser);
        }
        browser.clickToNewPage(By.id("lessonForm:save"));
        assertThat(browser.path()).startsWith("/author/course/lesson.xhtml");
    }

    private static String lessonRow(String title) {
        return "//li[contains(@class,'outline__lesson')][.//span[@class='outline__title'][text()='" + title + "']]";
    }

    private static List<String> lessonTitles(Browser browser, int module) {
        return browser.driver().findElements(By.cssSelector(".outline__module")).get(module)
                .findElements(By.cssSelector(".outline__lesson .outline__title")).stream().map(WebElement::getText).toList();
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
