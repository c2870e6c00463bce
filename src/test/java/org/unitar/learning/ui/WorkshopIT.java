package org.unitar.learning.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CIFAL workshop run on the demo course: an administrator uploads the participant list for its edition (checked
 * row by row, then imported), the course's trainer plans a session and records who attended, and the administrator
 * reads the edition's completion report, its chart and table, and downloads it. Pages checked for accessibility.
 */
@BrowserTest
class WorkshopIT {

    private static final Path CONFIG = Path.of(System.getProperty("stack.config", "config"));
    private static final Messages EN = Messages.in(Language.ENGLISH);

    @Test
    void anAdministratorImportsParticipantsATrainerTakesAttendanceAndTheAdministratorReadsTheReport(Browser admin, Browser trainer,
                                                                                                     @org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        DemoAccounts.Account elena = account("elena.petrova");
        admin.signIn(elena.username(), elena.password());
        admin.open("/author/");
        String courseId = admin.driver().findElement(By.xpath("//a[starts-with(normalize-space(), 'Migration and local development')]"))
                .getDomAttribute("href").replaceAll(".*id=(\\d+).*", "$1");
        admin.open("/author/course/editions.xhtml?id=" + courseId);
        admin.clickToNewPage(By.cssSelector("a.sessions-link"));
        String sessionsPage = admin.path();
        admin.clickToNewPage(By.id("toImport"));

        String tag = UUID.randomUUID().toString().substring(0, 6);
        Path bad = folder.resolve("participants-bad.csv");
        Files.writeString(bad, "email,first name,last name,organisation,country\nnot-an-email,Awa,Sarr,,SN\n", StandardCharsets.UTF_8);
        admin.driver().findElement(By.id("upload:file")).sendKeys(bad.toString());
        admin.clickToNewPage(By.id("upload:check"));
        assertThat(admin.driver().findElement(By.cssSelector("#rows td.result")).getText()).isEqualTo(EN.format("participants.emailInvalid"));
        assertThat(admin.driver().findElements(By.id("confirm:import"))).isEmpty();

        Path list = folder.resolve("participants.csv");
        Files.writeString(list, "email;first name;last name;organisation;country;language\n"
                + "khady." + tag + "@example.sn;Khady;Fall;SN-SAINT-LOUIS;SN;fr\n"
                + "omar." + tag + "@example.sn;Omar;Diouf;SN-SAINT-LOUIS;SN;fr\n", StandardCharsets.UTF_8);
        admin.driver().findElement(By.id("upload:file")).sendKeys(list.toString());
        admin.clickToNewPage(By.id("upload:check"));
        assertThat(admin.driver().findElements(By.cssSelector("#rows td.result"))).extracting(WebElement::getText)
                .containsOnly(EN.format("participants.outcome.NEW"));
        admin.clickToNewPage(By.id("confirm:import"));
        assertThat(admin.path()).isEqualTo(sessionsPage);
        assertThat(admin.driver().findElement(By.id("messages")).getText()).isEqualTo(EN.format("participants.imported", 2, 0, 2, 0));

        DemoAccounts.Account awa = account("awa.ouedraogo");
        Messages french = Messages.in(Language.forTag(awa.locale()).orElseThrow());
        trainer.signIn(awa.username(), awa.password());
        trainer.open(sessionsPage);
        trainer.driver().findElement(By.id("sessionForm:title")).sendKeys("Atelier de Saint-Louis " + tag);
        setValue(trainer, "sessionForm:date", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        setValue(trainer, "sessionForm:time", "09:00");
        trainer.driver().findElement(By.id("sessionForm:minutes")).sendKeys("180");
        trainer.driver().findElement(By.id("sessionForm:place")).sendKeys("Hôtel de ville, Saint-Louis");
        trainer.clickToNewPage(By.id("sessionForm:plan"));
        assertThat(trainer.driver().findElement(By.id("messages")).getText()).isEqualTo(french.format("sessions.planned"));
        trainer.clickToNewPage(By.xpath("//tr[.//th[contains(., '" + tag + "')]]//a[contains(@class, 'attendance-link')]"));
        mark(trainer, "Khady Fall", "PRESENT");
        mark(trainer, "Omar Diouf", "ABSENT");
        trainer.clickToNewPage(By.id("register:save"));
        assertThat(trainer.driver().findElement(By.id("messages")).getText()).isEqualTo(french.format("attendance.saved"));
        trainer.open(sessionsPage);
        assertThat(trainer.driver().findElement(By.xpath("//table[@id='rates']//tr[th[contains(., 'Khady Fall')]]/td[2]")).getText())
                .isEqualTo("100 %");
        assertThat(trainer.driver().findElement(By.xpath("//table[@id='rates']//tr[th[contains(., 'Omar Diouf')]]/td[2]")).getText())
                .isEqualTo("0 %");

        // the session changed: a refused length is said next to it with what was typed kept, then saved
        trainer.clickToNewPage(By.xpath("//tr[.//th[contains(., '" + tag + "')]]//a[contains(@class, 'change-link')]"));
        WebElement sessionTitle = trainer.driver().findElement(By.id("sessionForm:title"));
        assertThat(sessionTitle.getDomProperty("value")).isEqualTo("Atelier de Saint-Louis " + tag);
        sessionTitle.clear();
        sessionTitle.sendKeys("Atelier de restitution " + tag);
        WebElement length = trainer.driver().findElement(By.id("sessionForm:minutes"));
        length.clear();
        length.sendKeys("0");
        trainer.clickToNewPage(By.id("sessionForm:saveChanges"));
        assertThat(trainer.messageNextTo("sessionForm:minutes")).isEqualTo(french.format("session.minutesOutOfRange"));
        assertThat(trainer.driver().findElement(By.id("sessionForm:title")).getDomProperty("value")).isEqualTo("Atelier de restitution " + tag);
        trainer.checkAccessibility();
        length = trainer.driver().findElement(By.id("sessionForm:minutes"));
        length.clear();
        length.sendKeys("150");
        trainer.clickToNewPage(By.id("sessionForm:saveChanges"));
        assertThat(trainer.driver().findElement(By.id("messages")).getText()).isEqualTo(french.format("sessions.changed"));
        assertThat(trainer.driver().findElement(By.xpath("//table[@id='sessions']//th[contains(., '" + tag + "')]")).getText())
                .isEqualTo("Atelier de restitution " + tag);
        assertThat(trainer.driver().findElement(By.xpath("//table[@id='rates']//tr[th[contains(., 'Khady Fall')]]/td[2]")).getText())
                .as("the attendance stays with the changed session").isEqualTo("100 %");

        // a session planned by mistake is cancelled
        trainer.driver().findElement(By.id("sessionForm:title")).sendKeys("Doublon " + tag);
        setValue(trainer, "sessionForm:date", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
        setValue(trainer, "sessionForm:time", "14:00");
        trainer.driver().findElement(By.id("sessionForm:minutes")).sendKeys("60");
        trainer.driver().findElement(By.id("sessionForm:place")).sendKeys("Salle 2");
        trainer.clickToNewPage(By.id("sessionForm:plan"));
        trainer.clickToNewPage(By.xpath("//tr[.//th[contains(., 'Doublon " + tag + "')]]//a[contains(@class, 'change-link')]"));
        trainer.clickToNewPage(By.id("cancelForm:cancel"));
        assertThat(trainer.driver().findElement(By.id("messages")).getText()).isEqualTo(french.format("sessions.cancelled"));
        assertThat(trainer.driver().findElements(By.xpath("//table[@id='sessions']//th[contains(., 'Doublon')]"))).isEmpty();
        trainer.open(sessionsPage.replace("edition=", "session=999999&edition="));
        assertThat(trainer.heading()).isEqualTo(french.format("error_404.title"));

        admin.open("/admin/");
        admin.clickToNewPage(By.id("toReports"));
        admin.open("/author/reports.xhtml?course=" + courseId + "&by=edition");
        assertThat(admin.driver().findElement(By.id("completionHeading")).getText()).isEqualTo(EN.format("reports.completionBy.edition"));
        assertThat(admin.driver().findElements(By.cssSelector("#completion tbody tr"))).isNotEmpty();
        assertThat(admin.driver().findElements(By.cssSelector(".report__chart canvas"))).as("charts drawn").isNotEmpty();
        String xlsx = admin.driver().findElement(By.id("exportXlsx")).getDomAttribute("href");
        HttpResponse<byte[]> workbook = fetch(admin, xlsx);
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Type")).contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(new String(workbook.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        String csv = admin.driver().findElement(By.cssSelector("#completionHeading ~ p a.export-csv")).getDomAttribute("href");
        HttpResponse<byte[]> table = fetch(admin, csv);
        assertThat(new String(table.body(), StandardCharsets.UTF_8)).startsWith("\uFEFF" + EN.format("reports.group.edition") + ",");

        // an edited address naming a course that is not an id: said next to the course, not a report of every course
        admin.open("/author/reports.xhtml?course=" + courseId + "x&by=edition");
        assertThat(admin.driver().findElement(By.id("courseError")).getText()).isEqualTo(EN.format("reports.notAChoice"));
        assertThat(admin.driver().findElements(By.id("completionHeading"))).isEmpty();
        assertThat(fetch(admin, xlsx.replace("course=" + courseId, "course=" + courseId + "x")).statusCode()).isEqualTo(400);
    }

    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.driver().findElement(By.id(id)), value);
    }

    private static void mark(Browser trainer, String name, String status) {
        trainer.driver().findElement(By.xpath("//table[@id='learners']//tr[th[contains(., '" + name + "')]]//input[@value='" + status + "']"))
                .click();
    }

    private static HttpResponse<byte[]> fetch(Browser browser, String path) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.driver().getCurrentUrl()).resolve(path))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static DemoAccounts.Account account(String username) {
        return DemoAccounts.read(CONFIG).stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }
}
