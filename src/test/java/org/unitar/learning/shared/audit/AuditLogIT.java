package org.unitar.learning.shared.audit;

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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ContainerTest
class AuditLogIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(AuditLogIT.class);
    }

    private AuditLog audit;
    private DataSource database;

    @BeforeEach
    void lookUp() {
        audit = InContainer.bean(AuditLog.class);
        database = InContainer.database();
    }

    @Test
    void aRecordedEventIsKeptWithWhoWhatWhichAndWhen() throws SQLException {
        String object = UUID.randomUUID().toString();
        audit.record("subject-1", "test.recorded", "test_object", object, "détail: مرحبا");

        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT actor, action, object_type, detail, occurred_at FROM audit_event"
                     + " WHERE object_id = '" + object + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("actor")).isEqualTo("subject-1");
            assertThat(rs.getString("action")).isEqualTo("test.recorded");
            assertThat(rs.getString("object_type")).isEqualTo("test_object");
            assertThat(rs.getString("detail")).isEqualTo("détail: مرحبا");
            assertThat(rs.getTimestamp("occurred_at")).isNotNull();
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEvent() throws SQLException {
        String object = UUID.randomUUID().toString();
        audit.record(AuditEvent.SYSTEM, "test.recorded", "test_object", object, null);

        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_event SET actor = 'someone else' WHERE object_id = '" + object + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_event WHERE object_id = '" + object + "'"))
                    .hasMessageContaining("append-only");
            try (ResultSet rs = s.executeQuery("SELECT actor FROM audit_event WHERE object_id = '" + object + "'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(AuditEvent.SYSTEM);
            }
        }
    }
}
