package org.unitar.learning.ui;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unitar.learning.identity.LogoutToken;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.support.Browser;
import org.unitar.learning.support.BrowserTest;
import org.unitar.learning.support.KeycloakUsers;
import org.unitar.learning.support.stack.DemoAccounts;
import org.unitar.learning.support.stack.StackSettings;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator changes a person's roles and deactivates a person, in Keycloak, from the person's page: the
 * person's open session stops working at once (Keycloak's back-channel logout), while a forged logout token changes
 * nothing; an administrator downloads a person's data (a learner cannot) and anonymises them (their Keycloak account
 * deleted, their name gone from the platform). People made in Keycloak for the test, so no demo account is touched.
 */
@BrowserTest
class AccountsIT {

    private static final Path CONFIG = Path.of(System.getProperty("stack.config", "config"));
    private static final Messages EN = Messages.in(Language.ENGLISH);
    private static final StackSettings STACK = StackSettings.fromSystemProperties();

    @Test
    void aDeactivatedPersonsOpenSessionStopsWorkingAndAForgedLogoutTokenIsRefused(Browser admin, Browser leaver) throws Exception {
        KeycloakUsers.User person = KeycloakUsers.create("leaver", "Kofi", "Mensah", "learner");
        leaver.signIn(person.username(), person.password());
        assertThat(leaver.path()).isEqualTo("/learn/");

        signInAsElena(admin);
        openPersonPage(admin, person.username());
        String personPage = admin.path();
        String export = admin.driver().findElement(By.id("export")).getDomAttribute("href");
        assertThat(fetch(leaver, export).statusCode()).as("a learner exports nobody's data").isEqualTo(403);
        HttpResponse<String> data = fetch(admin, export);
        assertThat(data.statusCode()).isEqualTo(200);
        JsonObject json = Json.createReader(new StringReader(data.body())).readObject();
        assertThat(json.getJsonObject("profile").getString("username")).isEqualTo(person.username());
        assertThat(json.getJsonArray("auditRecord").getValuesAs(JsonObject.class))
                .extracting(line -> line.getString("action")).contains("identity.signed-in");

        admin.clickToNewPage(By.id("account:deactivate"));
        assertThat(admin.driver().findElement(By.id("messages")).getText()).isEqualTo(EN.format("person.deactivatedDone"));
        assertThat(admin.driver().findElements(By.id("deactivated"))).hasSize(1);
        assertThat(KeycloakUsers.enabled(person.id())).isFalse();

        leaver.driver().get(STACK.appUrl() + "/learn/");
        new WebDriverWait(leaver.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(STACK.issuer()));
        assertThat(leaver.driver().findElements(By.id("kc-login"))).as("Keycloak's sign-in form").hasSize(1);

        String elena = DemoAccounts.read(CONFIG).stream().filter(a -> a.username().equals("elena.petrova")).findFirst().orElseThrow().id();
        HttpResponse<String> forged = postLogout(forgedLogoutToken(elena));
        assertThat(forged.statusCode()).isEqualTo(400);
        admin.open("/admin/");
        assertThat(admin.heading()).isEqualTo(EN.format("admin_index.title"));

        admin.open("/admin/audit.xhtml?action=identity.deactivated&who=petrova");
        assertThat(admin.driver().findElement(By.cssSelector("#lines tbody tr")).getText()).contains(person.username());

        admin.open(personPage);
        admin.driver().findElement(By.id("anonymise:confirmation")).sendKeys("someone-else");
        admin.clickToNewPage(By.id("anonymise:anonymise"));
        assertThat(admin.messageNextTo("anonymise:confirmation")).isEqualTo(EN.format("person.confirmationMismatch"));
        admin.driver().findElement(By.id("anonymise:confirmation")).clear();
        admin.driver().findElement(By.id("anonymise:confirmation")).sendKeys(person.username());
        admin.clickToNewPage(By.id("anonymise:anonymise"));
        assertThat(admin.driver().findElement(By.id("messages")).getText()).isEqualTo(EN.format("person.anonymisedDone"));
        assertThat(admin.heading()).doesNotContain("Kofi").doesNotContain("Mensah");
        assertThat(admin.driver().findElements(By.id("anonymised"))).hasSize(1);
        assertThat(KeycloakUsers.exists(person.id())).as("the Keycloak account is deleted").isFalse();
        admin.open("/people/?q=" + person.username());
        assertThat(admin.driver().findElements(By.cssSelector("#people tbody tr"))).isEmpty();
    }

    @Test
    void anAdministratorChangesRolesInKeycloakButNotHerOwnAdministratorRole(Browser admin, Browser person) {
        KeycloakUsers.User promoted = KeycloakUsers.create("promoted", "Amina", "Yusuf", "learner");
        person.signIn(promoted.username(), promoted.password());

        signInAsElena(admin);
        openPersonPage(admin, promoted.username());
        assertThat(admin.driver().findElement(By.id("roles:role_learner")).isSelected()).isTrue();
        admin.driver().findElement(By.id("roles:role_trainer")).click();
        admin.driver().findElement(By.id("roles:role_learner")).click();
        admin.clickToNewPage(By.id("roles:saveRoles"));
        assertThat(admin.driver().findElement(By.id("messages")).getText()).isEqualTo(EN.format("person.rolesSaved"));
        assertThat(KeycloakUsers.realmRoles(promoted.id())).isEqualTo(Set.of("trainer"));
        assertThat(admin.driver().findElement(By.id("roles:role_trainer")).isSelected()).isTrue();

        person.driver().get(STACK.appUrl() + "/learn/");
        new WebDriverWait(person.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(STACK.issuer()));

        openPersonPage(admin, "elena.petrova");
        admin.driver().findElement(By.id("roles:role_admin")).click();
        admin.clickToNewPage(By.id("roles:saveRoles"));
        assertThat(admin.driver().findElement(By.id("messages")).getText()).isEqualTo(EN.format("person.ownAdminRole"));
        admin.open("/admin/");
        assertThat(admin.heading()).isEqualTo(EN.format("admin_index.title"));
    }

    private static void signInAsElena(Browser admin) {
        DemoAccounts.Account elena = DemoAccounts.read(CONFIG).stream().filter(a -> a.username().equals("elena.petrova")).findFirst().orElseThrow();
        admin.signIn(elena.username(), elena.password());
    }

    private static void openPersonPage(Browser admin, String username) {
        admin.open("/people/?q=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
        admin.clickToNewPage(By.cssSelector("#people tbody th a"));
    }

    private static HttpResponse<String> fetch(Browser browser, String path) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(STACK.appUrl()).resolve(path))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A well-formed logout token for {@code subject}, signed by a key that is not Keycloak's. */
    private static String forgedLogoutToken(String subject) throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("forged").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(STACK.issuer()).audience(StackSettings.CLIENT_ID).subject(subject)
                        .issueTime(Date.from(Instant.now())).jwtID("forged-1")
                        .claim("events", Map.of(LogoutToken.EVENT, Map.of())).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static HttpResponse<String> postLogout(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(STACK.appUrl() + "/oidc/backchannel-logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
