package org.unitar.learning.ui;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.support.Browser;
import org.unitar.learning.support.BrowserTest;
import org.unitar.learning.support.stack.LocalStack;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A new official registers on Keycloak's page, verifies the address by mail, and arrives as a learner. */
@BrowserTest
class RegistrationIT {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\S+");

    @Test
    void aSelfRegisteredPersonVerifiesTheirEmailAndBecomesALearner(Browser browser, LocalStack stack) throws Exception {
        String name = "fatou" + UUID.randomUUID().toString().substring(0, 8);
        String email = name + "@thies.demo.sn";
        browser.open("/");
        browser.driver().findElement(By.id("signIn")).click();
        browser.waitFor(By.cssSelector("a[href*='registration']")).click();

        fill(browser, "username", name);
        fill(browser, "email", email);
        fill(browser, "firstName", "Fatou");
        fill(browser, "lastName", "Ndiaye");
        fill(browser, "organisation", "Ville de Thiès");
        fill(browser, "country", "Senegal");
        fill(browser, "password", "a long enough password");
        fill(browser, "password-confirm", "a long enough password");
        browser.driver().findElement(By.cssSelector("form [type=submit]")).click();
        browser.checkAccessibility();

        // a country that is not a two-letter code is refused, next to the field, and nothing else is lost
        assertThat(browser.waitFor(By.id("input-error-country")).getText()).contains("two-letter");
        assertThat(browser.driver().findElement(By.id("organisation")).getDomProperty("value")).isEqualTo("Ville de Thiès");
        fill(browser, "country", "SN");
        fill(browser, "password", "a long enough password");
        fill(browser, "password-confirm", "a long enough password");
        browser.driver().findElement(By.cssSelector("form [type=submit]")).click();

        String verification = LINK.matcher(awaitMail(stack, email, "")).results().findFirst().orElseThrow().group();
        browser.driver().get(verification);
        browser.waitFor(By.tagName("h1"));
        browser.checkAccessibility();

        assertThat(browser.path()).isEqualTo("/learn/");
        assertThat(browser.heading()).isEqualTo(Messages.in(Language.ENGLISH).format("learn_index.title"));
        assertThat(awaitMail(stack, email, Messages.in(Language.ENGLISH).format("mail.welcome.subject"))).contains("Fatou Ndiaye");
    }

    private static void fill(Browser browser, String field, String value) {
        WebElement input = browser.waitFor(By.id(field));
        input.clear();
        input.sendKeys(value);
    }

    /** The text of the first mail to {@code address} whose subject starts with {@code subject}, waiting up to a minute. */
    private static String awaitMail(LocalStack stack, String address, String subject) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> found = Arrays.stream(stack.receivedMail())
                    .filter(m -> isTo(m, address) && subjectOf(m).startsWith(subject))
                    .findFirst();
            if (found.isPresent()) {
                return text(found.get().getContent());
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No mail '" + subject + "' to " + address + " within a minute");
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
        } catch (Exception e) {
            return false;
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (Exception e) {
            return "";
        }
    }

    private static String text(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                all.append(text(part.getContent())).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }
}
