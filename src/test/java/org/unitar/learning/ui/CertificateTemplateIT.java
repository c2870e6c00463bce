package org.unitar.learning.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator (English interface) words a certificate template in French (a stray placeholder refused next to its
 * field, what was typed kept) and previews it as PDF; a trainer gets the 403 page. Pages checked for accessibility.
 */
@BrowserTest
class CertificateTemplateIT {

    private static final Path CONFIG = Path.of(System.getProperty("stack.config", "config"));
    private static final Messages EN = Messages.in(Language.ENGLISH);

    @Test
    void anAdministratorWordsATemplateAndPreviewsItWhichATrainerCannotOpen(Browser browser, Browser trainer) throws Exception {
        DemoAccounts.Account elena = account("elena.petrova");
        browser.signIn(elena.username(), elena.password());
        browser.open("/admin/");
        browser.clickToNewPage(By.id("toTemplates"));
        type(browser, "newTemplate:name", "Atelier " + UUID.randomUUID().toString().substring(0, 8));
        browser.clickToNewPage(By.id("newTemplate:create"));
        assertThat(browser.driver().findElement(By.id("messages")).getText()).isEqualTo(EN.format("templates.created"));

        type(browser, "template:body_fr", "a suivi {cours}");
        browser.clickToNewPage(By.id("template:save"));
        assertThat(browser.messageNextTo("template:body_fr")).isEqualTo(EN.format("template.unknownPlaceholder"));
        assertThat(browser.driver().findElement(By.id("template:body_fr")).getDomProperty("value")).isEqualTo("a suivi {cours}");

        type(browser, "template:title_fr", "Attestation de participation");
        type(browser, "template:body_fr", "a participé à « {course} » le {date}.");
        type(browser, "template:signatory1Name", "Nikhil Seth");
        type(browser, "template:signatory1Role", "Directeur exécutif");
        browser.clickToNewPage(By.id("template:save"));
        assertThat(browser.driver().findElement(By.id("messages")).getText()).isEqualTo(EN.format("templates.saved"));
        assertThat(browser.driver().findElement(By.id("template:title_fr")).getDomProperty("value")).isEqualTo("Attestation de participation");

        WebElement preview = browser.driver().findElement(By.cssSelector("a.preview[lang='fr']"));
        HttpResponse<byte[]> pdf = fetch(browser, preview.getDomAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        String templatePage = browser.path();

        browser.open("/author/");
        String courseId = browser.driver().findElement(By.xpath("//a[starts-with(normalize-space(), 'Migration and local development')]"))
                .getDomAttribute("href").replaceAll(".*id=(\\d+).*", "$1");
        browser.open("/author/certificates.xhtml?course=" + courseId);
        assertThat(browser.driver().findElements(By.cssSelector("#ruleForm\\:template option")).stream().map(WebElement::getText))
                .contains(EN.format("certificates.platformWording"));
        browser.clickToNewPage(By.id("ruleForm:saveRule"));
        assertThat(browser.driver().findElement(By.id("messages")).getText()).isEqualTo(EN.format("certificates.ruleSaved"));

        DemoAccounts.Account awa = account("awa.ouedraogo");
        trainer.signIn(awa.username(), awa.password());
        trainer.open(templatePage);
        assertThat(trainer.heading()).isEqualTo(Messages.in(Language.forTag(awa.locale()).orElseThrow()).format("error_403.title"));
    }

    private static HttpResponse<byte[]> fetch(Browser browser, String path) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.driver().getCurrentUrl()).resolve(path))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static DemoAccounts.Account account(String username) {
        return DemoAccounts.read(CONFIG).stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }
}
