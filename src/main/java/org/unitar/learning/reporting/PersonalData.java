package org.unitar.learning.reporting;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.shared.audit.AuditLog;
import org.unitar.learning.shared.persistence.LearningDataSource;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.shared.security.NotFound;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Everything the platform holds about a person, as JSON, for an administrator answering a data-access request: the
 * profile, the organisations they manage, enrolments, lesson progress, learning events, quiz attempts and answers,
 * certificates, and what the audit record says they did. Every column of those rows is written (dates in UTC, ISO
 * 8601), so nothing is left out by a list that forgot a column. The export itself goes into the audit record.
 */
@ApplicationScoped
public class PersonalData {

    public static final String AUDIT_EXPORTED = "identity.data-exported";

    /** A part of the export: its name and the query of the person's rows ({@code ?} is their subject). */
    private record Part(String name, String sql) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("managerOf", "SELECT o.code, o.name, m.since FROM organisation_manager m JOIN organisation o"
                    + " ON o.id = m.organisation_id JOIN user_account u ON u.id = m.user_account_id WHERE u.subject = ?"),
            new Part("enrolments", "SELECT * FROM enrolment WHERE learner_subject = ? ORDER BY id"),
            new Part("lessonProgress", "SELECT p.* FROM lesson_progress p JOIN enrolment e ON e.id = p.enrolment_id"
                    + " WHERE e.learner_subject = ? ORDER BY p.enrolment_id, p.lesson_id"),
            new Part("learningEvents", "SELECT * FROM learning_event WHERE learner_subject = ? ORDER BY id"),
            new Part("attempts", "SELECT * FROM attempt WHERE learner_subject = ? ORDER BY id"),
            new Part("answers", "SELECT q.attempt_id, q.position, q.response, q.saved_at, q.fraction, q.comment"
                    + " FROM attempt_question q JOIN attempt a ON a.id = q.attempt_id WHERE a.learner_subject = ?"
                    + " ORDER BY q.attempt_id, q.position"),
            new Part("certificates", "SELECT * FROM certificate WHERE learner_subject = ? ORDER BY id"),
            new Part("auditRecord", "SELECT occurred_at, action, object_type, object_id, detail FROM audit_event"
                    + " WHERE actor = ? ORDER BY id"));

    @Resource(lookup = LearningDataSource.JNDI_NAME)
    DataSource database;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** Writes the person's data to {@code out}; administrators only. */
    @Transactional
    public void export(@NotNull Actor actor, long personId, OutputStream out) throws SQLException {
        if (!actor.administrator()) {
            throw new Forbidden("Only administrators export a person's data");
        }
        UserAccount person = em.find(UserAccount.class, personId);
        if (person == null) {
            throw new NotFound("No person " + personId);
        }
        audit.record(actor.subject(), AUDIT_EXPORTED, "user_account", personId, null);
        try (JsonGenerator json = Json.createGenerator(out); Connection connection = database.getConnection()) {
            json.writeStartObject();
            json.write("exportedAt", Instant.now().toString());
            json.writeStartObject("profile");
            rows(connection, json, "SELECT * FROM user_account WHERE subject = ?", person.subject(), true);
            json.writeEnd();
            for (Part part : PARTS) {
                json.writeStartArray(part.name());
                rows(connection, json, part.sql(), person.subject(), false);
                json.writeEnd();
            }
            json.writeEnd();
        }
    }

    /** The rows of {@code sql} as objects (or, with {@code single}, the first row's fields in the open object). */
    private static void rows(Connection connection, JsonGenerator json, String sql, String subject, boolean single) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, subject);
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    if (!single) {
                        json.writeStartObject();
                    }
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        write(json, columns.getColumnLabel(i), rows.getObject(i));
                    }
                    if (!single) {
                        json.writeEnd();
                    } else {
                        return;
                    }
                }
            }
        }
    }

    private static void write(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof Timestamp timestamp) {
            json.write(name, timestamp.toInstant().toString());
        } else if (value instanceof java.time.LocalDateTime local) {
            json.write(name, Timestamp.valueOf(local).toInstant().toString());
        } else if (value instanceof Boolean bool) {
            json.write(name, bool);
        } else if (value instanceof BigDecimal decimal) {
            json.write(name, decimal);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.write(name, ((Number) value).longValue());
        } else {
            json.write(name, value.toString());
        }
    }
}
