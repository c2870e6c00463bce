package org.unitar.learning.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.unitar.learning.support.stack.StackSettings;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * People made in the test stack's Keycloak for a test (so that deactivating or changing one touches no demo
 * account), and what Keycloak then says about them. Through Keycloak's admin API as its bootstrap administrator.
 */
public final class KeycloakUsers {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final StackSettings STACK = StackSettings.fromSystemProperties();

    /** A person in Keycloak; {@code id} is the subject the platform knows them by. */
    public record User(String id, String username, String password, String name) {
    }

    private KeycloakUsers() {
    }

    /** A new enabled person with a password and the realm role {@code role}. */
    public static User create(String prefix, String firstName, String lastName, String role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pass-" + UUID.randomUUID();
        JsonObject user = Json.createObjectBuilder()
                .add("username", username).add("enabled", true).add("emailVerified", true)
                .add("firstName", firstName).add("lastName", lastName).add("email", username + "@example.org")
                .add("attributes", Json.createObjectBuilder()
                        .add("organisation", Json.createArrayBuilder().add("GH-ACCRA"))
                        .add("country", Json.createArrayBuilder().add("GH")))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false)))
                .build();
        HttpResponse<String> created = send("POST", "/users", user.toString());
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        JsonObject roleRepresentation = object(send("GET", "/roles/" + role, null).body());
        send("POST", "/users/" + id + "/role-mappings/realm", Json.createArrayBuilder().add(roleRepresentation).build().toString());
        return new User(id, username, password, firstName + " " + lastName);
    }

    public static Set<String> realmRoles(String id) {
        JsonArray roles = Json.createReader(new StringReader(send("GET", "/users/" + id + "/role-mappings/realm", null).body())).readArray();
        return roles.getValuesAs(JsonObject.class).stream().map(r -> r.getString("name"))
                .filter(name -> Set.of("learner", "trainer", "admin").contains(name)).collect(Collectors.toSet());
    }

    /** Whether Keycloak still has the user. */
    public static boolean exists(String id) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(STACK.keycloakUrl() + "/admin/realms/"
                    + StackSettings.REALM + "/users/" + id)).header("Authorization", "Bearer " + adminToken()).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static boolean enabled(String id) {
        return object(send("GET", "/users/" + id, null).body()).getBoolean("enabled");
    }

    private static HttpResponse<String> send(String method, String path, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(STACK.keycloakUrl() + "/admin/realms/" + StackSettings.REALM + path))
                    .header("Authorization", "Bearer " + adminToken())
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String adminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + enc(StackSettings.KEYCLOAK_ADMIN)
                + "&password=" + enc(StackSettings.KEYCLOAK_ADMIN_PASSWORD);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(STACK.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return object(response.body()).getString("access_token");
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
