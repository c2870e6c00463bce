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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an administrator does on the administration pages: read the audit log through its filter and download it
 * (a trainer gets the 403 page there); add an organisation, make a person its manager, who then follows its people
 * and nobody else. Every page opened is checked for accessibility.
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

    @Test
    void anAdministratorMakesALearnerManagerOfHerCityWhoThenFollowsItsPeopleOnly(Browser admin, Browser learner) {
        DemoAccounts.Account aminata = account("aminata.diop");
        learner.signIn(aminata.username(), aminata.password());
        Messages french = Messages.in(Language.forTag(aminata.locale()).orElseThrow());

        DemoAccounts.Account elena = account("elena.petrova");
        admin.signIn(elena.username(), elena.password());
        admin.clickToNewPage(By.id("toOrganisations"));
        admin.driver().findElement(By.id("newOrganisation:code")).sendKeys("bad code!");
        admin.driver().findElement(By.id("newOrganisation:name")).sendKeys("Commune de Guédiawaye");
        admin.clickToNewPage(By.id("newOrganisation:create"));
        assertThat(admin.messageNextTo("newOrganisation:code")).isEqualTo(EN.format("organisation.codeInvalid"));
        assertThat(admin.driver().findElement(By.id("newOrganisation:name")).getDomProperty("value")).isEqualTo("Commune de Guédiawaye");

        admin.open("/admin/organisations.xhtml?q=SN-SAINT-LOUIS");
        admin.clickToNewPage(By.cssSelector("#organisations tbody th a"));
        assertThat(admin.heading()).isEqualTo("Ville de Saint-Louis");
        admin.driver().findElement(By.id("managers:manager")).sendKeys(aminata.username());
        admin.clickToNewPage(By.id("managers:add"));
        assertThat(admin.driver().findElement(By.id("messages")).getText()).isEqualTo(EN.format("organisations.managerAdded"));
        assertThat(admin.driver().findElement(By.id("managerList")).getText()).contains(aminata.name());

        admin.open("/people/?q=petrova");
        String elenasPage = admin.driver().findElement(By.cssSelector("#people tbody th a")).getDomAttribute("href");
        admin.open("/people/?q=" + aminata.username());
        admin.clickToNewPage(By.cssSelector("#people tbody th a"));
        assertThat(admin.heading()).isEqualTo(aminata.name());
        assertThat(admin.driver().findElement(By.id("organisationName")).getText()).isEqualTo("Ville de Saint-Louis");
        assertThat(admin.driver().findElement(By.id("manages")).getText()).isEqualTo("Ville de Saint-Louis");

        learner.open("/learn/");
        learner.clickToNewPage(By.id("toStaff"));
        assertThat(learner.heading()).isEqualTo(french.format("people.title"));
        assertThat(learner.driver().findElements(By.cssSelector("#people tbody th")))
                .extracting(WebElement::getText).contains(aminata.name()).doesNotContain(elena.name());
        learner.open(elenasPage.substring(elenasPage.indexOf("/people/")));
        assertThat(learner.heading()).isEqualTo(french.format("error_404.title"));
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
