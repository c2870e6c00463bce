package org.unitar.learning.identity.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.support.TcpProxy;
import org.unitar.learning.support.stack.ChildProcess;
import org.unitar.learning.support.stack.LocalStack;
import org.unitar.learning.support.stack.PayaraServer;
import org.unitar.learning.support.stack.TestStack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak going away while the platform runs: whoever needs to sign in gets the platform's own page saying so
 * (not an address the browser cannot reach), and sign-in works again by itself once Keycloak is back. A second
 * application server reaches the test stack's Keycloak through a proxy that the test cuts and restores.
 */
@ExtendWith(TestStack.class)
class KeycloakOutageIT {

    @Test
    void signInIsReportedUnavailableWhileKeycloakIsAwayAndWorksAgainAfter(LocalStack stack) throws Exception {
        int proxyPort = stack.settings().keycloakPort() + 20;
        int appPort = stack.settings().appPort() + 9;
        String issuer = "http://localhost:" + proxyPort + "/realms/unitar";
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest signIn = HttpRequest.newBuilder(URI.create("http://localhost:" + appPort + "/login"))
                .header("Accept-Language", "fr").GET().build();

        try (TcpProxy keycloak = new TcpProxy(proxyPort, stack.settings().keycloakPort());
             ChildProcess payara = PayaraServer.start(stack.settings(), "payara-outage", appPort,
                     Map.of("UNITAR_OIDC_ISSUER", issuer))) {
            payara.awaitHttpOk("http://localhost:" + appPort + "/health/ready", Duration.ofMinutes(3));

            keycloak.cut();
            HttpResponse<String> away = http.send(signIn, HttpResponse.BodyHandlers.ofString());
            assertThat(away.statusCode()).isEqualTo(503);
            assertThat(away.body()).contains(Messages.in(Language.FRENCH).format("error_503.title"));

            keycloak.restore();
            Thread.sleep(Duration.ofSeconds(KeycloakAvailability.RECHECK_SECONDS + 1).toMillis());
            HttpResponse<String> back = http.send(signIn, HttpResponse.BodyHandlers.ofString());
            assertThat(back.statusCode()).isEqualTo(302);
            assertThat(back.headers().firstValue("Location").orElseThrow()).startsWith(issuer + "/protocol/openid-connect/auth");
        }
    }
}
