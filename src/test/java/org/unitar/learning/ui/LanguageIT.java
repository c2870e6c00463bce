package org.unitar.learning.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.support.Browser;
import org.unitar.learning.support.BrowserTest;
import org.unitar.learning.support.stack.DemoAccounts;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class LanguageIT {

    private static final Path CONFIG = Path.of(System.getProperty("stack.config", "config"));

    @Test
    void theArabicInterfaceIsRightToLeft(Browser browser) {
        browser.open("/");
        browser.driver().findElement(By.cssSelector(".languages a[hreflang='ar']")).click();
        browser.checkAccessibility();

        assertThat(browser.htmlAttribute("lang")).isEqualTo("ar");
        assertThat(browser.htmlAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.heading()).isEqualTo(Messages.in(Language.ARABIC).format("index.title"));
        assertThat(browser.path()).isEqualTo("/");
    }

    @Test
    void eachLanguageLinkNamesItsLanguageInThatLanguage(Browser browser) {
        browser.open("/");
        for (Language language : Language.values()) {
            var link = browser.driver().findElement(By.cssSelector(".languages a[hreflang='" + language.code() + "']"));
            assertThat(link.getText()).isEqualTo(language.nativeName());
            assertThat(link.getDomAttribute("lang")).isEqualTo(language.code());
        }
    }

    @Test
    void aLanguageChosenWhileSignedInIsSavedToTheProfile(Browser browser) {
        DemoAccounts.Account learner = DemoAccounts.read(CONFIG).stream()
                .filter(a -> a.locale().equals("en") && a.roles().contains("learner")).findFirst().orElseThrow();
        browser.signIn(learner.username(), learner.password());
        assertThat(browser.heading()).isEqualTo(Messages.in(Language.ENGLISH).format("learn_index.title"));

        browser.driver().findElement(By.cssSelector(".languages a[hreflang='es']")).click();
        assertThat(browser.heading()).isEqualTo(Messages.in(Language.SPANISH).format("learn_index.title"));
        assertThat(browser.path()).isEqualTo("/learn/");

        browser.signOut();
        browser.driver().manage().deleteAllCookies();
        browser.signIn(learner.username(), learner.password());
        assertThat(browser.heading()).isEqualTo(Messages.in(Language.SPANISH).format("learn_index.title"));
    }

    @Test
    void pagesReflowOnAPhoneScreenInBothDirections(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        for (String page : new String[] {"/?lang=en", "/?lang=ar", "/no-such-page.xhtml"}) {
            browser.open(page);
            long scrollWidth = (Long) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(scrollWidth).as("horizontal overflow on " + page).isLessThanOrEqualTo(0);
        }
    }
}
