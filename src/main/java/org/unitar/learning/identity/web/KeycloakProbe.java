package org.unitar.learning.identity.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.unitar.learning.identity.service.OidcSettings;

/**
 * Asks Keycloak whether the platform's settings are right: the realm answers at the issuer URL and names itself
 * with it, and the client id and secret are accepted (token introspection answers a correct client and refuses a
 * wrong one; Keycloak logs one INTROSPECT_TOKEN_ERROR warning for the made-up token). Each problem comes back as
 * one sentence naming the setting.
 */
final class KeycloakProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** Keycloak cannot be reached at all (connection refused, time-out): worth waiting for. */
    static final class Unreachable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreachable(String message) {
            super(message, null, false, false);
        }
    }

    /** Keycloak answers, but not as the settings expect: waiting will not help. */
    static final class Misconfigured extends Exception {
        private static final long serialVersionUID = 1L;

        Misconfigured(String message) {
            super(message, null, false, false);
        }
    }

    private KeycloakProbe() {
    }

    /** The realm's discovery document, if Keycloak answers at the issuer. */
    static JsonObject discovery(String issuer) throws Unreachable, Misconfigured {
        String url = issuer + OidcSettings.DISCOVERY_PATH;
        HttpResponse<String> response = get(url);
        if (response.statusCode() != 200) {
            throw new Misconfigured("unitar.oidc.issuer (UNITAR_OIDC_ISSUER) = " + issuer
                    + " is not a Keycloak realm: " + url + " answered HTTP " + response.statusCode());
        }
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            document = reader.readObject();
        } catch (RuntimeException e) {
            throw new Misconfigured("unitar.oidc.issuer (UNITAR_OIDC_ISSUER) = " + issuer
                    + " did not answer with an OpenID Connect discovery document");
        }
        String announced = document.getString("issuer", "");
        if (!announced.equals(issuer)) {
            throw new Misconfigured("unitar.oidc.issuer (UNITAR_OIDC_ISSUER) = " + issuer
                    + " but Keycloak calls this realm " + announced
                    + " (the host name must be the one browsers use, e.g. localhost rather than 127.0.0.1)");
        }
        return document;
    }

    /** Checks that Keycloak accepts the client id and secret, by asking it about a token that does not exist. */
    static void checkClient(JsonObject discovery, String clientId, String clientSecret) throws Unreachable, Misconfigured {
        String endpoint = discovery.getString("introspection_endpoint");
        String credentials = Base64.getEncoder().encodeToString(
                (encode(clientId) + ":" + encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=start-up-check"))
                .build();
        int status = send(request, endpoint).statusCode();
        if (status == 401 || status == 400) {
            throw new Misconfigured("Keycloak does not accept unitar.oidc.client-id (UNITAR_OIDC_CLIENT_ID) = " + clientId
                    + " with the secret in unitar.oidc.client-secret (UNITAR_OIDC_CLIENT_SECRET)");
        }
        if (status != 200) {
            throw new Misconfigured("Keycloak answered HTTP " + status + " when checking unitar.oidc.client-id"
                    + " (UNITAR_OIDC_CLIENT_ID) = " + clientId + " at " + endpoint);
        }
    }

    private static HttpResponse<String> get(String url) throws Unreachable {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(), url);
    }

    private static HttpResponse<String> send(HttpRequest request, String url) throws Unreachable {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unreachable("Keycloak does not answer at " + url + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted while asking Keycloak at " + url);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
