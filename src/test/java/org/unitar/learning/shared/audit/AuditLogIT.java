package org.unitar.learning.shared.audit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unitar.learning.reporting.AuditLine;
import org.unitar.learning.reporting.AuditQueries;
import org.unitar.learning.support.ContainerTest;
import org.unitar.learning.support.Deployments;
import org.unitar.learning.support.InContainer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
    private AuditQueries queries;
    private DataSource database;

    @BeforeEach
    void lookUp() {
        audit = InContainer.bean(AuditLog.class);
        queries = InContainer.bean(AuditQueries.class);
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

    @Test
    void administratorsFindLinesByWhatObjectAndDayNewestFirstPageByPage() {
        String type = "test-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 5; i++) {
            audit.record("subject-" + i, i % 2 == 0 ? "test.even" : "test.odd", type, i, "line " + i);
        }

        AuditQueries.Page odd = queries.page(filter(null, "test.odd", type, null, null, null), null, 10);
        assertThat(odd.lines()).extracting(AuditLine::objectId).containsExactly("5", "3", "1");
        assertThat(odd.more()).isFalse();
        assertThat(odd.lines().get(0)).satisfies(line -> {
            assertThat(line.actor()).isEqualTo("subject-5");
            assertThat(line.who()).isEqualTo("subject-5");
            assertThat(line.detail()).isEqualTo("line 5");
        });

        AuditQueries.Page first = queries.page(filter(null, null, type, null, null, null), null, 2);
        AuditQueries.Page second = queries.page(filter(null, null, type, null, null, null), first.lines().get(1).id(), 2);
        AuditQueries.Page third = queries.page(filter(null, null, type, null, null, null), second.lines().get(1).id(), 2);
        assertThat(first.lines()).extracting(AuditLine::objectId).containsExactly("5", "4");
        assertThat(second.lines()).extracting(AuditLine::objectId).containsExactly("3", "2");
        assertThat(third.lines()).extracting(AuditLine::objectId).containsExactly("1");
        assertThat(List.of(first.more(), second.more(), third.more())).containsExactly(true, true, false);

        assertThat(queries.page(filter("subject-4", null, type, "4", null, null), null, 10).lines()).hasSize(1);
        assertThat(queries.page(filter("subject-4", null, type, "3", null, null), null, 10).lines()).isEmpty();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(queries.page(filter(null, null, type, null, today.minusDays(1), today), null, 10).lines()).hasSize(5);
        assertThat(queries.page(filter(null, null, type, null, today.plusDays(1), null), null, 10).lines()).isEmpty();
        assertThat(queries.page(filter(null, null, type, null, null, today.minusDays(1)), null, 10).lines()).isEmpty();

        List<String> exported = new ArrayList<>();
        queries.each(filter(null, null, type, null, null, null), 4, line -> exported.add(line.objectId()));
        assertThat(exported).containsExactly("5", "4", "3", "2");
    }

    @Test
    void aPersonIsFoundByPartOfTheirNameAndWildcardsInTheSearchAreTakenLiterally() throws SQLException {
        String subject = UUID.randomUUID().toString();
        String type = "test-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO user_account (subject, username, display_name, email, created_at, last_sign_in_at)"
                    + " VALUES ('" + subject + "', 'n.ouedraogo-" + type + "', 'Noélie Ouédraogo', 'noelie@" + type + ".example',"
                    + " NOW(), NOW())");
        }
        audit.record(subject, "test.named", type, 1, null);
        audit.record("someone-else", "test.named", type, 2, null);

        assertThat(queries.page(filter("ouédraogo", null, type, null, null, null), null, 10).lines())
                .singleElement().satisfies(line -> assertThat(line.who()).isEqualTo("Noélie Ouédraogo"));
        assertThat(queries.page(filter("noelie@" + type, null, type, null, null, null), null, 10).lines()).hasSize(1);
        assertThat(queries.page(filter("%", null, type, null, null, null), null, 10).lines()).isEmpty();
    }

    private static AuditQueries.Filter filter(String who, String action, String type, String object, LocalDate from,
                                              LocalDate until) {
        return new AuditQueries.Filter(who, action, type, object, from, until);
    }
}
