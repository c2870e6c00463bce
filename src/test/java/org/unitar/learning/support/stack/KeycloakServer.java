package org.unitar.learning.support.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from its Maven Central distribution, unpacked once into the stack's folder, started in development mode
 * on 127.0.0.1 with the realm of {@code config/keycloak} imported on its first start. Its own data (users who
 * registered, sessions) lives in the same folder.
 */
final class KeycloakServer {

    private KeycloakServer() {
    }

    static ChildProcess start(StackSettings settings) throws IOException {
        Path home = unpack(settings.keycloakZip(), settings.home().resolve("keycloak"));
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(settings.config().resolve("keycloak/unitar-realm.json"), imports.resolve("unitar-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + settings.keycloakPort(),
                "--http-management-port=" + (settings.keycloakPort() + 1),
                "--import-realm");
        Map<String, String> environment = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", StackSettings.KEYCLOAK_ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", StackSettings.KEYCLOAK_ADMIN_PASSWORD,
                // placeholders in the realm file
                "UNITAR_APP_URL", settings.appUrl(),
                "UNITAR_OIDC_CLIENT_SECRET", StackSettings.CLIENT_SECRET,
                "UNITAR_SMTP_PORT", String.valueOf(settings.smtpPort()));
        ChildProcess keycloak = ChildProcess.start("Keycloak", command, home, environment,
                settings.logs().resolve("keycloak.log"));
        return keycloak;
    }

    static void awaitReady(ChildProcess keycloak, StackSettings settings) {
        keycloak.awaitHttpOk(settings.issuer() + "/.well-known/openid-configuration", Duration.ofMinutes(4));
    }

    /** Unpacks the distribution once; the zip's single top folder is dropped. */
    private static Path unpack(Path zip, Path target) throws IOException {
        if (Files.exists(target.resolve("bin/kc.sh"))) {
            return target;
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        deleteRecursively(partial);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path out = partial.resolve(name.substring(slash + 1)).normalize();
                if (!out.startsWith(partial)) {
                    throw new IOException("Unexpected entry in " + zip + ": " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    copy(in, out);
                }
            }
        }
        for (String script : new String[] {"kc.sh", "kcadm.sh", "kcreg.sh"}) {
            partial.resolve("bin").resolve(script).toFile().setExecutable(true);
        }
        Files.move(partial, target);
        return target;
    }

    private static void copy(InputStream in, Path out) throws IOException {
        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
