package org.unitar.learning.support.stack;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Starts the local stack (database, mail server, Keycloak, the application) once for all integration tests of a
 * run, on the test ports, with empty data, and stops it when the run ends. Registered before Arquillian's
 * extension (see {@link org.unitar.learning.support.ContainerTest}) so the database and Keycloak are up before
 * Arquillian deploys. Inside Payara, where Arquillian runs the test methods again, the stack is already up and
 * this extension does nothing (Maven sets {@code stack.home} only for the test JVM).
 */
public final class TestStack implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestStack.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (System.getProperty("stack.home") != null) {
            running(context);
        }
    }

    /** Tests may take the running stack as a parameter, e.g. to read the mail it received. */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context);
    }

    /** The stack of this run, started on first use. */
    public static LocalStack running(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(LocalStack.class, key -> startFresh(), StartedStack.class)
                .stack();
    }

    private static StartedStack startFresh() {
        StackSettings settings = StackSettings.fromSystemProperties();
        try {
            KeycloakServer.deleteRecursively(settings.home().resolve("mariadb"));
            KeycloakServer.deleteRecursively(settings.home().resolve("keycloak").resolve("data"));
            KeycloakServer.deleteRecursively(settings.home().resolve("files"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the test stack folder " + settings.home(), e);
        }
        return new StartedStack(LocalStack.start(settings, line -> System.out.println("[test stack] " + line)));
    }

    /** Closed by JUnit when the root context closes, i.e. after the last test of the run. */
    private record StartedStack(LocalStack stack) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            stack.close();
        }
    }
}
