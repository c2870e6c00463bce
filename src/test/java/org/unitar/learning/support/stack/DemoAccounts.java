package org.unitar.learning.support.stack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The demo people of the local realm, read from {@code config/keycloak/unitar-realm.json}, the one place they are defined. */
public final class DemoAccounts {

    /** One demo person. {@code roles} are the realm roles the realm file gives them. */
    public record Account(String username, String password, String name, String organisation, String country,
                          String locale, List<String> roles, String id) {
    }

    private DemoAccounts() {
    }

    public static List<Account> read(Path config) {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(config.resolve("keycloak/unitar-realm.json")))) {
            return reader.readObject().getJsonArray("users").getValuesAs(JsonObject.class).stream()
                    .filter(user -> !user.containsKey("serviceAccountClientId"))
                    .map(DemoAccounts::account)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first demo account holding exactly {@code roles}. */
    public static Account withRoles(Path config, String... roles) {
        return read(config).stream()
                .filter(a -> a.roles().equals(List.of(roles)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo account with roles " + List.of(roles)));
    }

    private static Account account(JsonObject user) {
        JsonObject attributes = user.getJsonObject("attributes");
        return new Account(
                user.getString("username"),
                user.getJsonArray("credentials").getJsonObject(0).getString("value"),
                user.getString("firstName") + " " + user.getString("lastName"),
                attributes.getJsonArray("organisation").getString(0),
                attributes.getJsonArray("country").getString(0),
                attributes.getJsonArray("locale").getString(0),
                user.getJsonArray("realmRoles").getValuesAs(JsonString::getString),
                user.getString("id"));
    }

    static String banner(StackSettings settings) {
        StringBuilder out = new StringBuilder();
        String rule = "=".repeat(100);
        out.append('\n').append(rule).append('\n')
                .append(" UNITAR Human Mobility Learning Platform is running (local demo data)\n\n")
                .append(" Open ").append(settings.appUrl()).append("  and choose Sign in.\n\n")
                .append(" Demo accounts:\n");
        out.append(String.format("   %-16s %-18s %-9s %-26s %-24s %s%n", "roles", "user name", "password", "name", "organisation", "language"));
        for (Account a : read(settings.config())) {
            out.append(String.format("   %-16s %-18s %-9s %-26s %-24s %s%n", String.join("+", a.roles()), a.username(),
                    a.password(), a.name(), a.organisation() + " (" + a.country() + ")", a.locale()));
        }
        out.append('\n')
                .append(" Demo course: \"Migration and local development\" (EN/FR/ES/AR, published), edited by awa.ouedraogo\n")
                .append(" Keycloak admin console: ").append(settings.keycloakUrl()).append("/admin  (")
                .append(StackSettings.KEYCLOAK_ADMIN).append(" / ").append(StackSettings.KEYCLOAK_ADMIN_PASSWORD).append(")\n")
                .append(" Mail: every message sent is printed below; IMAP on 127.0.0.1:").append(settings.imapPort())
                .append(" (user name and password: the address)\n")
                .append(" Data: ").append(settings.home()).append("  (stop, then delete this folder to start afresh)\n")
                .append(" Stop: Ctrl-C\n")
                .append(rule).append('\n');
        return out.toString();
    }
}
