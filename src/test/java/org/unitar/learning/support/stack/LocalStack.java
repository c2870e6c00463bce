package org.unitar.learning.support.stack;

import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The whole platform on one machine: embedded MariaDB, GreenMail, Keycloak and the application on Payara Micro,
 * all on 127.0.0.1. Started by the run command ({@link RunLocalPlatform}) and by the integration tests
 * ({@link TestStack}); {@link #close()} stops everything it started, in reverse order.
 */
public final class LocalStack implements AutoCloseable {

    private final StackSettings settings;
    private final List<AutoCloseable> started = Collections.synchronizedList(new ArrayList<>());
    private final List<String> timings = new ArrayList<>();
    private LocalMailServer mail;

    private LocalStack(StackSettings settings) {
        this.settings = settings;
    }

    /**
     * Starts everything; whatever has started is stopped again if start-up fails or the JVM ends (Ctrl-C), also
     * half-way through start-up.
     */
    public static LocalStack start(StackSettings settings, Consumer<String> say) {
        LocalStack stack = new LocalStack(settings);
        Thread stopOnExit = new Thread(stack::close, "stop-local-stack");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            stack.startAll(say);
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
        }
    }

    private void startAll(Consumer<String> say) throws Exception {
        requireFreePorts();
        long begin = System.nanoTime();

        mail = LocalMailServer.start(settings.smtpPort(), settings.imapPort());
        started.add(mail);
        say.accept("Mail server (GreenMail) on SMTP 127.0.0.1:" + settings.smtpPort() + ", IMAP 127.0.0.1:" + settings.imapPort());

        long t = System.nanoTime();
        ChildProcess keycloak = KeycloakServer.start(settings);
        started.add(keycloak);
        say.accept("Keycloak starting (first start builds and imports the realm; log: " + settings.logs().resolve("keycloak.log") + ")");

        long d = System.nanoTime();
        started.add(EmbeddedDatabase.start(settings.home().resolve("mariadb"), settings.dbPort()));
        record(say, "Database (MariaDB 11.4) on 127.0.0.1:" + settings.dbPort(), d);

        KeycloakServer.awaitReady(keycloak, settings);
        record(say, "Keycloak on " + settings.keycloakUrl(), t);

        long a = System.nanoTime();
        ChildProcess payara = PayaraServer.start(settings);
        started.add(payara);
        PayaraServer.awaitReady(payara, settings);
        record(say, "Application on " + settings.appUrl() + " (log: " + settings.logs().resolve("payara.log") + ")", a);
        record(say, "Whole platform", begin);
    }

    private void record(Consumer<String> say, String what, long startNanos) {
        String line = what + " ready in " + Duration.ofNanos(System.nanoTime() - startNanos).toMillis() / 100 / 10.0 + " s";
        timings.add(line);
        say.accept(line);
    }

    public StackSettings settings() {
        return settings;
    }

    public List<String> timings() {
        return List.copyOf(timings);
    }

    /** Mail received so far by the local mail server. */
    public MimeMessage[] receivedMail() {
        return mail.received();
    }

    /** Whether every server process still runs. */
    public boolean isAlive() {
        return started.stream().noneMatch(s -> s instanceof ChildProcess child && !child.isAlive());
    }

    private void requireFreePorts() {
        int[] ports = {settings.appPort(), settings.keycloakPort(), settings.keycloakPort() + 1, settings.dbPort(),
                settings.smtpPort(), settings.imapPort()};
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException("Port " + port + " on 127.0.0.1 is already in use. Stop what uses it"
                        + " (an earlier run?) or choose other ports, see README.md 'Ports'.");
            }
        }
    }

    @Override
    public synchronized void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("Could not stop " + started.get(i) + ": " + e.getMessage());
            }
        }
        started.clear();
    }
}
