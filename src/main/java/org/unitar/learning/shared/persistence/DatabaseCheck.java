package org.unitar.learning.shared.persistence;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.unitar.learning.shared.StartupFailure;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Checks the database settings before anything else uses them. EclipseLink runs this just before it first
 * connects, while the application is being deployed, so a wrong setting stops start-up with one line naming it
 * (instead of EclipseLink's stack trace and a server left running without the application).
 */
public class DatabaseCheck implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (!(session.getLogin().getConnector() instanceof JNDIConnector connector)) {
            return;
        }
        DataSource dataSource = connector.getDataSource();
        if (dataSource == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException | RuntimeException e) {
            Config config = ConfigProvider.getConfig();
            throw StartupFailure.exit("cannot use the database (" + rootMessage(e) + "); check unitar.db.url (UNITAR_DB_URL) = "
                    + config.getOptionalValue("unitar.db.url", String.class).orElse("(not set)")
                    + ", unitar.db.user (UNITAR_DB_USER) = "
                    + config.getOptionalValue("unitar.db.user", String.class).orElse("(not set)")
                    + " and unitar.db.password (UNITAR_DB_PASSWORD)");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).lines().findFirst().orElse(root.getClass().getSimpleName());
    }
}
