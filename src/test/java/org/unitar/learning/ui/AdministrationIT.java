package org.unitar.learning.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.support.Browser;
import org.unitar.learning.support.BrowserTest;
import org.unitar.learning.support.stack.DemoAccounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an administrator does on the administration pages: read the audit log through its filter and download it;
 * a trainer gets the 403 page there. Every page opened is checked for accessibility.
 */
@BrowserTest
class AdministrationIT {

    private static final Path CONFIG = Path.of(System.getProperty("stack.config", "config"));
    private static final Messages EN = Messages.in(Language.ENGLISH);

    @Test
    void anAdministratorFindsSignInsInTheAuditLogAndDownloadsThem(Browser browser, Browser trainer) throws Exception {
        DemoAccounts.Account elena = account("elena.petrova");
        browser.signIn(elena.username(), elena.password());
        browser.clickToNewPage(By.id("toAudit"));
        assertThat(browser.heading()).isEqualTo(EN.format("audit_page.title"));

        browser.driver().findElement(By.id("who")).sendKeys("petrova");
        new Select(browser.driver().findElement(By.id("action"))).selectByVisibleText(EN.format("audit.identity.signed-in"));
        browser.clickToNewPage(By.id("find"));
        assertThat(browser.path()).contains("who=petrova").contains("action=identity.signed-in");
        assertThat(browser.driver().findElements(By.cssSelector("#lines tbody tr"))).isNotEmpty().allSatisfy(row -> {
            assertThat(row.findElement(By.tagName("th")).getText()).isEqualTo(elena.name());
            assertThat(row.findElement(By.className("action")).getText()).isEqualTo(EN.format("audit.identity.signed-in"));
        });

        String export = browser.driver().findElement(By.id("export")).getDomAttribute("href");
        HttpResponse<String> csv = fetch(browser, export);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines().skip(1)).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(elena.name()).contains(EN.format("audit.identity.signed-in")));

        browser.open("/admin/audit.xhtml?from=2026-13-45");
        assertThat(browser.driver().findElement(By.id("fromError")).getText()).isEqualTo(EN.format("audit_page.notADate"));
        assertThat(browser.driver().findElement(By.id("from")).getDomAttribute("aria-invalid")).isEqualTo("true");

        DemoAccounts.Account awa = account("awa.ouedraogo");
        trainer.signIn(awa.username(), awa.password());
        trainer.open("/admin/audit.xhtml");
        assertThat(trainer.heading()).isEqualTo(Messages.in(Language.forTag(awa.locale()).orElseThrow()).format("error_403.title"));
        assertThat(fetch(trainer, "/admin/audit.csv").statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> fetch(Browser browser, String path) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.driver().getCurrentUrl()).resolve(path))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static DemoAccounts.Account account(String username) {
        return DemoAccounts.read(CONFIG).stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }
}
