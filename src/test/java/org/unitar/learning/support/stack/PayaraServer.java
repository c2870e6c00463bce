package org.unitar.learning.support.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The application WAR on Payara Micro, at {@code /}, bound to 127.0.0.1, configured through environment variables
 * exactly as production configures it.
 */
public final class PayaraServer {

    private PayaraServer() {
    }

    /** The platform's server: heap for a few thousand learners' sessions (the benchmarks sign in 2,000). */
    static ChildProcess start(StackSettings settings) throws IOException {
        return start(settings, "payara", settings.appPort(), Map.of(), "-Xmx2g");
    }

    /**
     * Another Payara Micro with the application, on {@code port}, with some settings changed; its folder and log
     * are named after {@code name}. For tests of what the application does with wrong settings.
     */
    public static ChildProcess start(StackSettings settings, String name, int port, Map<String, String> changedSettings)
            throws IOException {
        return start(settings, name, port, changedSettings, "-Xmx512m");
    }

    private static ChildProcess start(StackSettings settings, String name, int port, Map<String, String> changedSettings,
                                      String heap) throws IOException {
        Path root = settings.home().resolve(name);
        KeycloakServer.deleteRecursively(root);
        Files.createDirectories(root);
        Path preboot = settings.home().resolve(name + "-preboot.txt");
        List<String> commands = new ArrayList<>(Files.readAllLines(settings.config().resolve("payara/preboot.txt")));
        commands.add("set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1");
        commands.add("set configs.config.server-config.network-config.network-listeners.network-listener.https-listener.address=127.0.0.1");
        Files.write(preboot, commands);

        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap,
                "-jar", settings.payaraJar().toString(),
                "--deploy", settings.war().toString(),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                "--sslport", String.valueOf(port + 101),
                "--nohazelcast",
                "--rootdir", root.toString(),
                "--prebootcommandfile", preboot.toString(),
                "--logproperties", settings.config().resolve("payara/logging.properties").toString());
        Map<String, String> environment = new HashMap<>(settings.applicationEnvironment());
        environment.putAll(changedSettings);
        return ChildProcess.start("Payara Micro", command, settings.home(), environment, settings.logs().resolve(name + ".log"));
    }

    static void awaitReady(ChildProcess payara, StackSettings settings) {
        payara.awaitHttpOk(settings.appUrl() + "/health/ready", Duration.ofMinutes(3));
    }
}
