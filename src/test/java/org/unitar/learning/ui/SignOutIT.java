package org.unitar.learning.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.unitar.learning.support.Browser;
import org.unitar.learning.support.BrowserTest;
import org.unitar.learning.support.stack.DemoAccounts;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class SignOutIT {

    private static final Path CONFIG = Path.of(System.getProperty("stack.config", "config"));

    @Test
    void signingOutEndsBothSessionsAndTheBackButtonShowsNoSignedInPage(Browser browser) {
        DemoAccounts.Account learner = DemoAccounts.withRoles(CONFIG, "learner");
        browser.signIn(learner.username(), learner.password());
        assertThat(browser.path()).isEqualTo("/learn/");

        browser.signOut();
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.driver().findElements(By.className("account__name"))).isEmpty();

        // the browser kept nothing: going back asks the server again, which sends it to sign in
        browser.driver().navigate().back();
        assertThat(browser.driver().getPageSource()).doesNotContain(learner.name());
        browser.waitFor(By.id("password"));

        // the Keycloak session is over too: the learner's page asks for the password again
        browser.open("/learn/");
        browser.waitFor(By.id("password"));
    }
}
