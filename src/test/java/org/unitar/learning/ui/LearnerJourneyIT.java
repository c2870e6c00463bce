package org.unitar.learning.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.support.Browser;
import org.unitar.learning.support.BrowserTest;
import org.unitar.learning.support.DemoQuiz;
import org.unitar.learning.support.stack.DemoAccounts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A French-speaking learner's journey through the demo course, and a learner's crafted addresses. Every page opened
 * is checked for accessibility (WCAG 2.1 AA).
 */
@BrowserTest
class LearnerJourneyIT {

    private static final Path CONFIG = Path.of(System.getProperty("stack.config", "config"));
    private static final Messages FR = Messages.in(Language.FRENCH);
    private static final String DEMO_TITLE_FR = "Migrations et développement local";

    @Test
    void aLearnerFindsTheCourseInFrenchEnrolsCompletesItIsOfferedToContinueAndGetsTheCertificate(Browser browser, Browser admin)
            throws Exception {
        DemoAccounts.Account learner = account("aminata.diop");

        browser.open("/");
        browser.clickToNewPage(By.cssSelector("a[hreflang='fr']"));
        browser.clickToNewPage(By.id("browseCatalogue"));
        browser.driver().findElement(By.id("q")).sendKeys("développement local");
        browser.clickToNewPage(By.id("searchButton"));
        WebElement card = browser.driver().findElement(By.cssSelector(".card__title a"));
        assertThat(card.getText()).startsWith(DEMO_TITLE_FR);
        browser.clickToNewPage(By.cssSelector(".card__title a"));
        assertThat(browser.heading()).startsWith(DEMO_TITLE_FR);

        browser.driver().findElement(By.id("signInToEnrol")).click();
        browser.signInOnKeycloak(learner.username(), learner.password());
        assertThat(browser.path()).startsWith("/catalogue/course.xhtml?id=");
        browser.clickToNewPage(By.cssSelector("input[id$='enrol']"));
        assertThat(browser.path()).startsWith("/learn/course.xhtml?id=");
        assertThat(text(browser, "percent")).isEqualTo("0 %");

        browser.clickToNewPage(By.id("continue"));
        List<String> lessons = new ArrayList<>();
        while (true) {
            lessons.add(text(browser, "lessonTitle"));
            if (!browser.driver().findElements(By.cssSelector("video[data-ends-lesson]")).isEmpty()) {
                playVideoToTheEnd(browser);
            }
            if (!browser.driver().findElements(By.id("markComplete")).isEmpty()) {
                browser.clickToNewPage(By.id("markComplete"));
            }
            if (!browser.driver().findElements(By.id("openQuiz")).isEmpty()) {
                String lessonPage = browser.path();
                takeTheQuizClosingTheBrowserMidway(browser, learner);
                browser.open(lessonPage);
            }
            assertThat(text(browser, "lessonState")).as(lessons.get(lessons.size() - 1)).isEqualTo(FR.format("learn.state.COMPLETE"));
            if (browser.driver().findElements(By.id("next")).isEmpty()) {
                break;
            }
            browser.clickToNewPage(By.id("next"));
        }
        assertThat(lessons).hasSize(12);
        assertThat(text(browser, "percent")).isEqualTo("100 %");
        assertThat(browser.driver().findElement(By.id("courseCompleted")).getText()).isEqualTo(FR.format("learn.completed"));

        browser.open("/learn/");
        String completed = text(browser, "completedCourses");
        assertThat(completed).contains(DEMO_TITLE_FR).contains("100 %").contains(FR.format("learn.completed"));

        browser.signOut();
        browser.driver().manage().deleteAllCookies();
        browser.signIn(learner.username(), learner.password());
        assertThat(browser.path()).isEqualTo("/learn/");
        WebElement resume = browser.driver().findElement(By.cssSelector("#completedCourses a.continue"));
        assertThat(resume.getText()).isEqualTo(FR.format("learn.continue"));
        browser.clickToNewPage(By.cssSelector("#completedCourses a.continue"));
        assertThat(text(browser, "lessonTitle")).isEqualTo(lessons.get(lessons.size() - 1));

        anAdministratorIssuesTheCertificateTheLearnerDownloadsItAndAnyoneChecksIt(browser, admin, learner);
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    /**
     * The demo course's certificates wait for an administrator: elena.petrova issues the learner's from the queue;
     * the learner finds it on "My learning", downloads the PDF (their name and the number in it) and opens its public
     * page, valid; once revoked with a reason, the public page says revoked.
     */
    private static void anAdministratorIssuesTheCertificateTheLearnerDownloadsItAndAnyoneChecksIt(
            Browser browser, Browser admin, DemoAccounts.Account learner) throws Exception {
        DemoAccounts.Account elena = account("elena.petrova");
        Messages adminWords = Messages.in(Language.forTag(elena.locale()).orElseThrow());
        admin.signIn(elena.username(), elena.password());
        admin.open("/admin/");
        admin.clickToNewPage(By.id("toCertificates"));
        WebElement row = admin.driver().findElements(By.cssSelector("#waiting tbody tr")).stream()
                .filter(r -> r.getText().contains(learner.name())).findFirst().orElseThrow();
        admin.clickToNewPage(By.id(row.findElement(By.cssSelector("button[id$='issue']")).getDomAttribute("id")));
        assertThat(admin.driver().findElement(By.id("messages")).getText()).isEqualTo(adminWords.format("certificates.issued"));

        browser.open("/learn/");
        WebElement certificate = browser.driver().findElement(By.cssSelector("#certificates .certificate"));
        assertThat(certificate.getText()).contains(DEMO_TITLE_FR).contains(FR.format("certificate.status.VALID"));
        String download = certificate.findElement(By.cssSelector("a.download")).getDomAttribute("href");
        String number = download.replaceAll(".*/(HM-\\d{4}-\\d{6,})\\.pdf$", "$1");
        String pdf = pdfText(browser, download);
        assertThat(pdf).contains(learner.name()).contains(number).contains(DEMO_TITLE_FR);
        String share = certificate.findElement(By.cssSelector("a.share")).getDomAttribute("href");

        browser.signOut();
        browser.driver().manage().deleteAllCookies();
        browser.open(java.net.URI.create(share).getPath());
        assertThat(text(browser, "status")).isEqualTo(Messages.in(Language.DEFAULT).format("verify.status.VALID"));
        assertThat(text(browser, "holder")).isEqualTo(learner.name());
        assertThat(text(browser, "number")).isEqualTo(number);
        assertThat(browser.driver().getPageSource()).doesNotContain(learner.username());

        admin.open("/author/certificates.xhtml?q=" + number);
        admin.driver().findElement(By.cssSelector("input[id$='reason']")).sendKeys("Délivré par erreur — test");
        admin.clickToNewPage(By.cssSelector("button[id$='revoke']"));
        assertThat(admin.driver().findElement(By.id("messages")).getText()).isEqualTo(adminWords.format("certificates.revoked"));

        browser.open(java.net.URI.create(share).getPath());
        assertThat(text(browser, "status")).isEqualTo(Messages.in(Language.DEFAULT).format("verify.status.REVOKED"));
        browser.open("/verify/not-a-code");
        assertThat(text(browser, "result")).contains(Messages.in(Language.DEFAULT).format("verify.notFound"));
    }

    /** The text of the PDF at {@code path}, fetched with the browser's session, normalised (NFKC). */
    private static String pdfText(Browser browser, String path) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(browser.driver().getCurrentUrl()).resolve(path))
                        .header("Cookie", cookies).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(document),
                    java.text.Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aLearnersCraftedAddressesToACourseTheyAreNotEnrolledInShowTheNotFoundPage(Browser browser) {
        DemoAccounts.Account learner = account("maria.hernandez");
        Messages theirs = Messages.in(Language.forTag(learner.locale()).orElseThrow());
        browser.signIn(learner.username(), learner.password());
        browser.open("/catalogue/");
        String courseId = browser.driver().findElement(By.cssSelector(".card__title a")).getDomAttribute("href").replaceAll(".*id=(\\d+).*", "$1");

        for (String page : List.of("/learn/course.xhtml?id=" + courseId, "/learn/course.xhtml?id=" + courseId + "&lesson=1",
                "/learn/course.xhtml?id=" + courseId + "&lesson=999999", "/learn/course.xhtml?id=abc",
                "/learn/course.xhtml?id=-1", "/learn/course.xhtml", "/catalogue/course.xhtml?id=999999",
                "/catalogue/course.xhtml?id=1%27%20OR%201=1")) {
            browser.open(page);
            assertThat(browser.heading()).as(page).isEqualTo(theirs.format("error_404.title"));
            assertThat(browser.driver().getPageSource()).as(page).doesNotContain("Caused by").doesNotContainPattern("at (org|java|jakarta|com)\\.");
        }
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void progressSavesAndSubmissionsPostedFromElsewhereAreRefused(Browser browser) {
        DemoAccounts.Account learner = account("maria.hernandez");
        Messages theirs = Messages.in(Language.forTag(learner.locale()).orElseThrow());
        browser.signIn(learner.username(), learner.password());

        for (String action : List.of("/learn/progress", "/learn/submit")) {
            browser.open("/learn/");
            postFromThePage(browser, action, Map.of("course", "1", "lesson", "1", "visit", "any", "action", "complete",
                    "attempt", "1", "token", "guessed"));
            assertThat(browser.heading()).as(action).isEqualTo(theirs.format("error_403.title"));
        }
        browser.open("/learn/progress");
        assertThat(browser.path()).isEqualTo("/learn/");
    }

    /** A form another site could make: posted with the learner's cookies, without the page's token. */
    private static void postFromThePage(Browser browser, String action, Map<String, String> fields) {
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                for (const [name, value] of Object.entries(arguments[1])) {
                    const input = document.createElement('input');
                    input.type = 'hidden';
                    input.name = name;
                    input.value = value;
                    form.appendChild(input);
                }
                const button = document.createElement('button');
                button.id = 'crafted';
                button.textContent = 'Send';
                form.appendChild(button);
                document.body.appendChild(form);""", action, fields);
        browser.clickToNewPage(By.id("crafted"));
    }

    private static DemoAccounts.Account account(String username) {
        return DemoAccounts.read(CONFIG).stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    /**
     * The demo course's required quiz: three answers, then the browser is closed (its cookies gone) and the learner
     * signs in again, finds the same attempt with their answers and its timer, gives the rest, sees the summary,
     * submits and sees their result. Answers are saved by the page's script as they are given.
     */
    private static void takeTheQuizClosingTheBrowserMidway(Browser browser, DemoAccounts.Account learner) {
        DemoQuiz quiz = new DemoQuiz(ContentLanguage.FRENCH, FR);
        browser.clickToNewPage(By.id("openQuiz"));
        assertThat(text(browser, "questionCount")).isEqualTo(String.valueOf(quiz.size()));
        browser.clickToNewPage(By.id("startForm:start"));
        assertThat(browser.driver().findElement(By.id("timer")).getText()).matches("\\d+:\\d{2}");
        for (int i = 0; i < 3; i++) {
            quiz.answer(browser.driver(), i);
            browser.checkAccessibility();
            browser.clickToNewPage(By.id("attemptForm:next"));
        }
        assertThat(browser.driver().getPageSource()).doesNotContain("credit").doesNotContain("\"s1\"").doesNotContain("\"i1\"");

        browser.closeAndReopen();
        browser.signIn(learner.username(), learner.password());
        browser.open("/learn/");
        browser.clickToNewPage(By.cssSelector("#inProgressCourses a.continue"));
        browser.clickToNewPage(By.id("openQuiz"));
        browser.clickToNewPage(By.id("startForm:continue"));
        for (int i = 0; i < 3; i++) {
            assertThat(quiz.showsChosen(browser.driver(), i)).as("answer %d kept", i + 1).isTrue();
            browser.clickToNewPage(By.id("attemptForm:next"));
        }
        for (int i = 3; i < quiz.size(); i++) {
            quiz.answer(browser.driver(), i);
            browser.clickToNewPage(By.id(i < quiz.size() - 1 ? "attemptForm:next" : "attemptForm:finish"));
        }
        assertThat(browser.driver().findElements(By.id("unanswered"))).isEmpty();
        browser.clickToNewPage(By.id("submit"));
        assertThat(text(browser, "score")).isEqualTo("100 %");
        assertThat(text(browser, "outcome")).isEqualTo(FR.format("quiz.passed"));
    }

    /** Plays the lesson's video from just before its end; the page records the lesson complete and reloads. */
    private static void playVideoToTheEnd(Browser browser) {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const v = document.querySelector('video[data-ends-lesson]');
                v.muted = true;
                v.addEventListener('loadedmetadata', () => { v.currentTime = Math.max(0, v.duration - 0.3); v.play(); }, { once: true });
                v.load();""");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
        browser.checkAccessibility();
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

}
