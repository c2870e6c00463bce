package org.unitar.learning.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.support.Browser;
import org.unitar.learning.support.BrowserTest;
import org.unitar.learning.support.stack.DemoAccounts;

import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class AccessIT {

    private static final Path CONFIG = Path.of(System.getProperty("stack.config", "config"));

    @Test
    void aLearnerOpeningTrainerOrAdministratorPagesGetsTheForbiddenPageInTheirLanguage(Browser browser) {
        DemoAccounts.Account learner = DemoAccounts.withRoles(CONFIG, "learner");
        Messages words = Messages.in(Language.forTag(learner.locale()).orElseThrow());
        browser.signIn(learner.username(), learner.password());

        for (String page : new String[] {"/author/", "/admin/", "/admin/index.xhtml"}) {
            browser.open(page);
            assertThat(browser.path()).isEqualTo(page);
            assertThat(browser.heading()).isEqualTo(words.format("error_403.title"));
            assertNoServerDetails(browser);
        }
    }

    @Test
    void theNavigationOffersOnlyWhatTheRolesAllow(Browser browser) {
        DemoAccounts.Account learner = DemoAccounts.withRoles(CONFIG, "learner");
        browser.signIn(learner.username(), learner.password());

        String navigation = browser.driver().findElements(By.cssSelector(".main-nav a")).stream()
                .map(a -> a.getDomAttribute("href")).collect(Collectors.joining(" "));
        assertThat(navigation).contains("/learn/").doesNotContain("/author/").doesNotContain("/admin/");
    }

    @Test
    void anUnknownAddressGetsTheNotFoundPage(Browser browser) {
        browser.open("/no/such/page.xhtml");
        assertThat(browser.heading()).isEqualTo(Messages.in(Language.ENGLISH).format("error_404.title"));
        assertNoServerDetails(browser);

        browser.open("/no-such-folder/");
        assertThat(browser.heading()).isEqualTo(Messages.in(Language.ENGLISH).format("error_404.title"));
    }

    private static void assertNoServerDetails(Browser browser) {
        assertThat(browser.driver().getPageSource())
                .doesNotContainIgnoringCase("payara")
                .doesNotContainIgnoringCase("glassfish")
                .doesNotContain("Caused by")
                .doesNotContainPattern("at (org|java|jakarta|com)\\.");
    }
}
