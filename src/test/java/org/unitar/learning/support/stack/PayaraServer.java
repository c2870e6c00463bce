package org.unitar.learning.support.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application WAR on Payara Micro, at {@code /}, bound to 127.0.0.1, configured through environment variables
 * exactly as production configures it.
 */
final class PayaraServer {

    private PayaraServer() {
    }

    static ChildProcess start(StackSettings settings) throws IOException {
        Path root = settings.home().resolve("payara");
        KeycloakServer.deleteRecursively(root);
        Files.createDirectories(root);
        Path preboot = settings.home().resolve("payara-preboot.txt");
        List<String> commands = new ArrayList<>(Files.readAllLines(settings.config().resolve("payara/preboot.txt")));
        commands.add("set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1");
        commands.add("set configs.config.server-config.network-config.network-listeners.network-listener.https-listener.address=127.0.0.1");
        Files.write(preboot, commands);

        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar", settings.payaraJar().toString(),
                "--deploy", settings.war().toString(),
                "--contextroot", "/",
                "--port", String.valueOf(settings.appPort()),
                "--sslport", String.valueOf(settings.appPort() + 101),
                "--nohazelcast",
                "--rootdir", root.toString(),
                "--prebootcommandfile", preboot.toString(),
                "--logproperties", settings.config().resolve("payara/logging.properties").toString());
        return ChildProcess.start("Payara Micro", command, settings.home(), settings.applicationEnvironment(),
                settings.logs().resolve("payara.log"));
    }

    static void awaitReady(ChildProcess payara, StackSettings settings) {
        payara.awaitHttpOk(settings.appUrl() + "/health/ready", Duration.ofMinutes(3));
    }
}
