package org.unitar.learning.shared.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unitar.learning.support.stack.LocalStack;
import org.unitar.learning.support.stack.TestStack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every response promises at the HTTP level, checked against the running platform. */
@ExtendWith(TestStack.class)
class HttpBaselineIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String app;

    @BeforeEach
    void platform(LocalStack stack) {
        app = stack.settings().appUrl();
    }

    @Test
    void pagesCarryTheSecurityHeadersAndNoServerName() throws Exception {
        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(home.headers().firstValue("Cache-Control")).contains("no-store");
        List<String> policies = home.headers().allValues("Content-Security-Policy");
        assertThat(String.join(" ", policies))
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .containsPattern("script-src 'self' 'nonce-[^']+'");
        assertThat(home.headers().firstValue("Server")).isEmpty();
        assertThat(home.headers().firstValue("X-Powered-By")).isEmpty();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        String cookie = get("/").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();

        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void staticResourcesMayBeCachedButPagesNot() throws Exception {
        HttpResponse<String> css = get("/jakarta.faces.resource/css/app.css.xhtml");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
    }

    @Test
    void healthSaysLiveAndReadyWithTheDatabaseAndKeycloak() throws Exception {
        HttpResponse<String> live = get("/health/live");
        HttpResponse<String> ready = get("/health/ready");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("\"keycloak\"").doesNotContain("DOWN");
    }

    @Test
    void theServerPublishesNoMetricsAndNoApiDescription() throws Exception {
        for (String path : new String[] {"/metrics", "/openapi"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("# TYPE").doesNotContain("openapi:");
        }
    }

    @Test
    void aProtectedPageSendsTheBrowserToKeycloakWithStateAndNonce() throws Exception {
        HttpResponse<String> response = get("/learn/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .contains("/realms/unitar/protocol/openid-connect/auth")
                .contains("state=")
                .contains("nonce=")
                .contains("response_type=code");
    }

    @Test
    void anUnknownAddressIsA404PageWithoutServerDetails() throws Exception {
        HttpResponse<String> response = get("/no/such/thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1>").doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("glassfish");
    }

    @Test
    void signingOutIsRefusedFromAnotherSite() throws Exception {
        HttpRequest crossSite = HttpRequest.newBuilder(URI.create(app + "/logout"))
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();

        assertThat(http.send(crossSite, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(app + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
