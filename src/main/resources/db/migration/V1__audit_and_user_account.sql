-- Runs unchanged on MySQL 8.4 and MariaDB 11.4. utf8mb4 everywhere: names come in every script.

CREATE TABLE audit_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(255)  NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    object_type VARCHAR(64)   NOT NULL,
    object_id   VARCHAR(64)   NOT NULL,
    detail      VARCHAR(2000),
    PRIMARY KEY (id),
    INDEX ix_audit_event_object (object_type, object_id),
    INDEX ix_audit_event_actor (actor),
    INDEX ix_audit_event_occurred_at (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit record is append-only: the database itself refuses to change or remove a line.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

CREATE TABLE user_account (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    subject            VARCHAR(255) NOT NULL,
    username           VARCHAR(255) NOT NULL,
    display_name       VARCHAR(255) NOT NULL,
    email              VARCHAR(255),
    preferred_language VARCHAR(35),
    chosen_language    VARCHAR(35),
    organisation       VARCHAR(120),
    country            CHAR(2),
    created_at         DATETIME(6)  NOT NULL,
    last_sign_in_at    DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_user_account_subject UNIQUE (subject),
    INDEX ix_user_account_email (email),
    INDEX ix_user_account_organisation (organisation),
    INDEX ix_user_account_country (country)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
