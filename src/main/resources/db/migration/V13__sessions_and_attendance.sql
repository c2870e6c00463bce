-- A blended edition's sessions (face-to-face at a place, or online at a link), the attendance trainers record per
-- session, and the attendance a course's certificate may require. Runs unchanged on MySQL 8.4 and MariaDB 11.4.

CREATE TABLE edition_session (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    edition_id BIGINT       NOT NULL,
    title      VARCHAR(200) NOT NULL,
    mode       VARCHAR(16)  NOT NULL,
    starts_at  DATETIME(6)  NOT NULL,
    minutes    INT          NOT NULL,
    place      VARCHAR(300),
    link       VARCHAR(500),
    created_at DATETIME(6)  NOT NULL,
    created_by VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_edition_session_edition (edition_id, starts_at),
    CONSTRAINT ck_edition_session_mode CHECK (mode IN ('IN_PERSON', 'ONLINE')),
    CONSTRAINT fk_edition_session_edition FOREIGN KEY (edition_id) REFERENCES edition (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attendance (
    session_id   BIGINT       NOT NULL,
    enrolment_id BIGINT       NOT NULL,
    status       VARCHAR(8)   NOT NULL,
    recorded_by  VARCHAR(255) NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (session_id, enrolment_id),
    INDEX ix_attendance_enrolment (enrolment_id),
    CONSTRAINT ck_attendance_status CHECK (status IN ('PRESENT', 'ABSENT', 'EXCUSED')),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES edition_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The share of an edition's sessions (held so far, excused ones left out) a learner must have attended for a
-- certificate, in percent; null: attendance is not required.
ALTER TABLE certificate_rule ADD COLUMN attendance_percent INT,
    ADD CONSTRAINT ck_certificate_rule_attendance CHECK (attendance_percent BETWEEN 1 AND 100);

-- People imported for a workshop get a profile before they first sign in: no sign-in yet.
ALTER TABLE user_account MODIFY last_sign_in_at DATETIME(6) NULL;
