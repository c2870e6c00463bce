package org.unitar.learning.shared.persistence;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unitar.learning.support.ContainerTest;
import org.unitar.learning.support.Deployments;
import org.unitar.learning.support.InContainer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ContainerTest
class SchemaMigrationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(SchemaMigrationIT.class);
    }

    private SchemaMigration migration;
    private DataSource applicationDatabase;

    @BeforeEach
    void lookUp() {
        migration = InContainer.bean(SchemaMigration.class);
        applicationDatabase = InContainer.database();
    }

    @Test
    void migrationsApplyToAnEmptyDatabaseAndASecondRunAppliesNothing() throws SQLException {
        String url = InContainer.setting("unitar.db.url");
        String name = "learning_migration_" + UUID.randomUUID().toString().substring(0, 8);
        execute(applicationDatabase, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        try {
            MysqlDataSource empty = new MysqlDataSource();
            empty.setUrl(url.substring(0, url.lastIndexOf('/') + 1) + name);
            empty.setUser(InContainer.setting("unitar.db.user"));
            empty.setPassword(InContainer.setting("unitar.db.password"));

            MigrateResult first = migration.migrate(empty);
            MigrateResult second = migration.migrate(empty);

            assertThat(first.migrationsExecuted).isPositive();
            assertThat(first.success).isTrue();
            assertThat(second.migrationsExecuted).isZero();
            assertThat(second.targetSchemaVersion).isNull();
            assertThat(tableCharsets(empty, name)).allMatch(charset -> charset.startsWith("utf8mb4"));
        } finally {
            execute(applicationDatabase, "DROP DATABASE " + name);
        }
    }

    @Test
    void theApplicationDatabaseIsAtTheLatestVersionAfterStartUp() {
        assertThat(migration.migrate(applicationDatabase).migrationsExecuted).isZero();
    }

    private static List<String> tableCharsets(DataSource dataSource, String schema) throws SQLException {
        List<String> collations = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_collation FROM information_schema.tables WHERE table_schema = '"
                     + schema + "' AND table_name <> 'flyway_schema_history'")) {
            while (rs.next()) {
                collations.add(rs.getString(1));
            }
        }
        assertThat(collations).isNotEmpty();
        return collations;
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
