package org.unitar.learning.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.unitar.learning.support.Browser;
import org.unitar.learning.support.BrowserTest;
import org.unitar.learning.support.stack.DemoAccounts;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class SessionIT {

    private static final Path CONFIG = Path.of(System.getProperty("stack.config", "config"));

    @Test
    void theSessionIdChangesAtSignIn(Browser browser) {
        browser.open("/");
        Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(before).isNotNull();

        DemoAccounts.Account trainer = DemoAccounts.withRoles(CONFIG, "trainer");
        browser.driver().findElement(org.openqa.selenium.By.id("signIn")).click();
        browser.signInOnKeycloak(trainer.username(), trainer.password());

        Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(browser.path()).isEqualTo("/author/");
    }
}
