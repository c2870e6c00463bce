package org.unitar.learning.support.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the local stack lives and which loopback ports it uses. Read from the {@code stack.*} system properties
 * that the Maven build sets (see pom.xml), so the run command and the integration tests share one definition.
 */
public record StackSettings(
        Path home,
        Path config,
        Path war,
        Path payaraJar,
        Path keycloakZip,
        int appPort,
        int keycloakPort,
        int dbPort,
        int smtpPort,
        int imapPort) {

    /** The demo trainer (awa.ouedraogo in config/keycloak/unitar-realm.json) who owns the demo course. */
    public static final String DEMO_COURSE_OWNER = "00000000-0000-4000-8000-000000000007";

    /** Realm, client and demo credentials of the local stack; dev only, they match config/keycloak/unitar-realm.json. */
    public static final String REALM = "unitar";
    public static final String CLIENT_ID = "learning-platform";
    public static final String CLIENT_SECRET = "local-dev-secret-not-for-production";
    public static final String KEYCLOAK_ADMIN = "admin";
    public static final String KEYCLOAK_ADMIN_PASSWORD = "admin";
    public static final String DB_NAME = "learning";
    public static final String DB_USER = "learning";
    public static final String DB_PASSWORD = "learning";

    public static StackSettings fromSystemProperties() {
        return new StackSettings(
                path("stack.home"),
                path("stack.config"),
                path("stack.war"),
                path("stack.payaraJar"),
                path("stack.keycloakZip"),
                port("stack.appPort"),
                port("stack.keycloakPort"),
                port("stack.dbPort"),
                port("stack.smtpPort"),
                port("stack.imapPort"));
    }

    public String appUrl() {
        return "http://localhost:" + appPort;
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    public String issuer() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + dbPort + "/" + DB_NAME;
    }

    public Path logs() {
        return home.resolve("logs");
    }

    /** The settings the application reads through MicroProfile Config, as environment variables. */
    public Map<String, String> applicationEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("UNITAR_APP_URL", appUrl());
        env.put("UNITAR_DB_URL", jdbcUrl());
        env.put("UNITAR_DB_USER", DB_USER);
        env.put("UNITAR_DB_PASSWORD", DB_PASSWORD);
        env.put("UNITAR_OIDC_ISSUER", issuer());
        env.put("UNITAR_OIDC_CLIENT_ID", CLIENT_ID);
        env.put("UNITAR_OIDC_CLIENT_SECRET", CLIENT_SECRET);
        env.put("UNITAR_MAIL_HOST", "127.0.0.1");
        env.put("UNITAR_MAIL_PORT", String.valueOf(smtpPort));
        env.put("UNITAR_FILES_DIR", home.resolve("files").toString());
        env.put("UNITAR_DEMO_SEED", "true");
        env.put("UNITAR_DEMO_OWNER", DEMO_COURSE_OWNER);
        return env;
    }

    private static Path path(String property) {
        Path path = Path.of(required(property)).toAbsolutePath().normalize();
        if (!property.equals("stack.home") && !Files.exists(path)) {
            throw new IllegalStateException(property + " points at " + path + ", which does not exist: build with ./mvnw first");
        }
        return path;
    }

    private static int port(String property) {
        String value = required(property);
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(property + " must be a TCP port (1-65535), not '" + value + "'");
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: start the stack through Maven (see README.md)");
        }
        return value;
    }
}
