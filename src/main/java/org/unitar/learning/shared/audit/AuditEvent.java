package org.unitar.learning.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit record: who did what to which object, and when. Written once, never changed: the entity
 * has no setters, its columns are not updatable, and the database refuses UPDATE and DELETE on the table.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int ACTOR_LENGTH = 255;
    public static final int ACTION_LENGTH = 64;
    public static final int OBJECT_TYPE_LENGTH = 64;
    public static final int OBJECT_ID_LENGTH = 64;
    public static final int DETAIL_LENGTH = 2000;

    /** The actor of what the platform does by itself (scheduled jobs, start-up). */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = ACTOR_LENGTH)
    private String actor;

    @Column(nullable = false, updatable = false, length = ACTION_LENGTH)
    private String action;

    @Column(name = "object_type", nullable = false, updatable = false, length = OBJECT_TYPE_LENGTH)
    private String objectType;

    @Column(name = "object_id", nullable = false, updatable = false, length = OBJECT_ID_LENGTH)
    private String objectId;

    @Column(updatable = false, length = DETAIL_LENGTH)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String action, String objectType, String objectId, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = limit(Objects.requireNonNull(actor, "actor"), ACTOR_LENGTH);
        this.action = limit(Objects.requireNonNull(action, "action"), ACTION_LENGTH);
        this.objectType = limit(Objects.requireNonNull(objectType, "objectType"), OBJECT_TYPE_LENGTH);
        this.objectId = limit(Objects.requireNonNull(objectId, "objectId"), OBJECT_ID_LENGTH);
        this.detail = detail == null ? null : limit(detail, DETAIL_LENGTH);
    }

    private static String limit(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String detail() {
        return detail;
    }
}
