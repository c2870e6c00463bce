package org.unitar.learning.shared;

import org.eclipse.microprofile.config.ConfigProvider;

import java.util.logging.Logger;

/**
 * Ends start-up when a setting is wrong: one clear log line naming the setting, then the process exits, so that
 * neither a 200-line stack trace nor a half-started server without the application is left behind.
 */
public final class StartupFailure {

    private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

    /** Set to {@code false} ({@code UNITAR_EXIT_ON_STARTUP_FAILURE=false}) to keep the server up, e.g. to inspect it. */
    private static final String EXIT_SETTING = "unitar.exit-on-startup-failure";

    private StartupFailure() {
    }

    public static IllegalStateException exit(String line) {
        LOG.severe("Start-up failed: " + line);
        boolean exit = ConfigProvider.getConfig().getOptionalValue(EXIT_SETTING, Boolean.class).orElse(true);
        if (exit) {
            // halt, not exit: System.exit blocks for ever when the server is already shutting down (it waits for
            // this very start-up to finish), and nothing of a server that never started needs cleaning up
            System.err.flush();
            Runtime.getRuntime().halt(3);
        }
        return new IllegalStateException(line) {
            @Override
            public synchronized Throwable fillInStackTrace() {
                return this;
            }
        };
    }
}
