package org.unitar.learning.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.support.Browser;
import org.unitar.learning.support.BrowserTest;
import org.unitar.learning.support.stack.DemoAccounts;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class RoleHomeIT {

    private static final Path CONFIG = Path.of(System.getProperty("stack.config", "config"));

    @ParameterizedTest(name = "a {0} signs in and lands on {1}")
    @CsvSource({
            "learner,       /learn/,  learn_index.title",
            "trainer,       /author/, author_index.title",
            "admin,         /admin/,  admin_index.title",
            "trainer+admin, /admin/,  admin_index.title"})
    void eachDemoRoleLandsOnItsHomeInItsLanguage(String roles, String home, String titleKey, Browser browser) {
        DemoAccounts.Account account = DemoAccounts.withRoles(CONFIG, roles.split("\\+"));
        Messages words = Messages.in(Language.forTag(account.locale()).orElse(Language.DEFAULT));

        browser.signIn(account.username(), account.password());

        assertThat(browser.path()).isEqualTo(home);
        assertThat(browser.heading()).isEqualTo(words.format(titleKey));
        assertThat(browser.driver().findElement(By.className("account__name")).getText()).contains(account.name());
    }
}
