package org.unitar.learning.identity.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.unitar.learning.identity.Role;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Keycloak's Admin REST API, called with the Jakarta REST client Payara provides (Keycloak's own admin client
 * brings a RESTEasy client, reported to clash with Payara's Jersey; the few calls needed here do not justify it).
 * The platform signs in as its client's service account (client credentials grant), whose realm-management roles
 * allow managing users. Keycloak stays the source of truth for who may sign in and with which roles.
 */
@ApplicationScoped
public class KeycloakAdmin {

    private static final int TIMEOUT_SECONDS = 10;

    @Inject
    OidcSettings oidc;

    @Inject
    Clock clock;

    /** Keycloak takes the roles to remove as the body of a DELETE, which Jersey refuses unless told. */
    private final Client client = ClientBuilder.newBuilder()
            .connectTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
            .readTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
            .property("jersey.config.client.suppressHttpComplianceValidation", true)
            .build();

    private String token;
    private Instant tokenExpires = Instant.MIN;

    @PreDestroy
    void close() {
        client.close();
    }

    /** The platform's realm roles the user has in Keycloak. */
    public Set<Role> roles(String userId) {
        JsonArray mappings = Json.createReader(new StringReader(
                call("GET", "/users/" + userId + "/role-mappings/realm", null, "read the roles of " + userId))).readArray();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        mappings.getValuesAs(JsonObject.class).forEach(m -> Role.named(m.getString("name", "")).ifPresent(roles::add));
        return roles;
    }

    public void grant(String userId, Role role) {
        call("POST", "/users/" + userId + "/role-mappings/realm", roleList(role), "grant " + role.roleName());
    }

    public void revoke(String userId, Role role) {
        call("DELETE", "/users/" + userId + "/role-mappings/realm", roleList(role), "revoke " + role.roleName());
    }

    /** Whether the user may sign in. */
    public boolean enabled(String userId) {
        return Json.createReader(new StringReader(call("GET", "/users/" + userId, null, "read user " + userId)))
                .readObject().getBoolean("enabled", false);
    }

    /** Lets the user sign in again, or not. */
    public void setEnabled(String userId, boolean enabled) {
        call("PUT", "/users/" + userId, Json.createObjectBuilder().add("enabled", enabled).build().toString(),
                (enabled ? "enable " : "disable ") + userId);
    }

    /**
     * Ends every Keycloak session of the user; Keycloak then tells each client with a back-channel logout URL (the
     * platform's {@code /oidc/backchannel-logout}) to end its sessions too.
     */
    public void endSessions(String userId) {
        call("POST", "/users/" + userId + "/logout", "", "sign out " + userId);
    }

    /** The id of the user whose email is {@code email} (Keycloak keeps emails lower case), if there is one. */
    public java.util.Optional<String> userWithEmail(String email) {
        JsonArray users = Json.createReader(new StringReader(call("GET", "/users?exact=true&briefRepresentation=true&email="
                + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8), null, "look up " + email))).readArray();
        return users.getValuesAs(JsonObject.class).stream()
                .filter(u -> email.equalsIgnoreCase(u.getString("email", "")))
                .map(u -> u.getString("id")).findFirst();
    }

    /**
     * Creates an enabled user (user name = email) who must set a password at first sign-in, with the platform's
     * attributes; gives the new id. Without an organisation, Keycloak asks the person for it at first sign-in.
     */
    public String createUser(String email, String firstName, String lastName, String organisation, String country,
                             String locale) {
        var attributes = Json.createObjectBuilder().add("country", Json.createArrayBuilder().add(country));
        if (organisation != null) {
            attributes.add("organisation", Json.createArrayBuilder().add(organisation));
        }
        if (locale != null) {
            attributes.add("locale", Json.createArrayBuilder().add(locale));
        }
        String body = Json.createObjectBuilder().add("username", email).add("email", email).add("enabled", true)
                .add("emailVerified", true).add("firstName", firstName).add("lastName", lastName)
                .add("attributes", attributes).add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
                .build().toString();
        try {
            Response response = client.target(adminBase() + "/users").request(MediaType.APPLICATION_JSON_TYPE)
                    .header("Authorization", "Bearer " + token()).post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));
            try (response) {
                if (response.getStatus() != 201 || response.getLocation() == null) {
                    throw new KeycloakUnavailable("Keycloak refused to create " + email + ": HTTP " + response.getStatus());
                }
                String location = response.getLocation().getPath();
                return location.substring(location.lastIndexOf('/') + 1);
            }
        } catch (ProcessingException e) {
            throw new KeycloakUnavailable("Keycloak could not be reached to create " + email, e);
        }
    }

    /** Asks Keycloak to email the user a link to set their password (valid {@code days} days). */
    public void sendSetPassword(String userId, int days) {
        call("PUT", "/users/" + userId + "/execute-actions-email?lifespan=" + days * 86_400,
                Json.createArrayBuilder().add("UPDATE_PASSWORD").build().toString(), "email " + userId);
    }

    /** Deletes the user's Keycloak account (and with it their password, sessions and attributes). */
    public void delete(String userId) {
        call("DELETE", "/users/" + userId, null, "delete user " + userId);
    }

    private String roleList(Role role) {
        JsonObject representation = Json.createReader(new StringReader(
                call("GET", "/roles/" + role.roleName(), null, "read role " + role.roleName()))).readObject();
        return Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("id", representation.getString("id")).add("name", representation.getString("name"))).build().toString();
    }

    /** Calls the realm's admin API; a body of null sends none. Anything but a 2xx answer is {@link KeycloakUnavailable}. */
    private String call(String method, String path, String body, String what) {
        try {
            Invocation.Builder request = client.target(adminBase() + path).request(MediaType.APPLICATION_JSON_TYPE)
                    .header("Authorization", "Bearer " + token());
            Response response = body == null ? request.build(method).invoke()
                    : request.build(method, Entity.entity(body, MediaType.APPLICATION_JSON_TYPE)).invoke();
            try (response) {
                if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                    throw new KeycloakUnavailable("Keycloak refused to " + what + ": HTTP " + response.getStatus());
                }
                return response.hasEntity() ? response.readEntity(String.class) : "";
            }
        } catch (ProcessingException e) {
            throw new KeycloakUnavailable("Keycloak could not be reached to " + what, e);
        }
    }

    /** A service-account access token, reused until shortly before it expires. */
    private synchronized String token() {
        if (token != null && clock.instant().isBefore(tokenExpires)) {
            return token;
        }
        Form form = new Form().param("grant_type", "client_credentials").param("client_id", oidc.getClientId())
                .param("client_secret", oidc.getClientSecret());
        try (Response response = client.target(oidc.getIssuer() + "/protocol/openid-connect/token")
                .request(MediaType.APPLICATION_JSON_TYPE).post(Entity.form(form))) {
            if (response.getStatus() != 200) {
                throw new KeycloakUnavailable("Keycloak refused the platform's service account: HTTP " + response.getStatus());
            }
            JsonObject answer = Json.createReader(new StringReader(response.readEntity(String.class))).readObject();
            token = answer.getString("access_token");
            tokenExpires = clock.instant().plusSeconds(Math.max(0, answer.getJsonNumber("expires_in").longValue() - 30));
            return token;
        } catch (ProcessingException e) {
            throw new KeycloakUnavailable("Keycloak could not be reached for a service-account token", e);
        }
    }

    /** {@code https://host/realms/unitar} → {@code https://host/admin/realms/unitar}. */
    private String adminBase() {
        String issuer = oidc.getIssuer();
        int realms = issuer.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalStateException("unitar.oidc.issuer is not a Keycloak realm address: " + issuer);
        }
        return issuer.substring(0, realms) + "/admin" + issuer.substring(realms);
    }
}
