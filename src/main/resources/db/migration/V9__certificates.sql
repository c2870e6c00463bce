-- Certificates: one per enrolment at a time, numbered per year without gaps, checked by anyone with its code.

-- How a course's certificates are issued; a course without a row waits for an administrator (APPROVAL).
CREATE TABLE certificate_rule (
    course_id          BIGINT      NOT NULL,
    issuing            VARCHAR(16) NOT NULL,
    trainers_may_issue BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (course_id),
    CONSTRAINT ck_certificate_rule_issuing CHECK (issuing IN ('AUTOMATIC', 'APPROVAL')),
    CONSTRAINT fk_certificate_rule_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last number given in a year. Taken in the issuing transaction (the row stays locked until it commits), so a
-- number is never given twice and a rolled-back issue gives its number back: no gaps.
CREATE TABLE certificate_sequence (
    year       INT NOT NULL,
    last_value INT NOT NULL,
    PRIMARY KEY (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a certificate said when it was issued (name, course title, date, hours), so that it reads the same for ever;
-- a correction is a new certificate that replaces it. current_enrolment_id is set while the certificate is valid:
-- its uniqueness allows one valid certificate per enrolment, whoever issues at the same time.
CREATE TABLE certificate (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    number                  VARCHAR(20)  NOT NULL,
    verification_code       CHAR(26)     NOT NULL,
    enrolment_id            BIGINT       NOT NULL,
    current_enrolment_id    BIGINT,
    course_id               BIGINT       NOT NULL,
    edition_id              BIGINT       NOT NULL,
    learner_subject         VARCHAR(255) NOT NULL,
    holder_name             VARCHAR(255) NOT NULL,
    language                VARCHAR(8)   NOT NULL,
    course_title            VARCHAR(500) NOT NULL,
    completed_on            DATE         NOT NULL,
    minutes                 INT          NOT NULL,
    cifal_centre            VARCHAR(120) NOT NULL,
    edition_name            VARCHAR(120) NOT NULL,
    status                  VARCHAR(16)  NOT NULL,
    issued_at               DATETIME(6)  NOT NULL,
    issued_by               VARCHAR(255) NOT NULL,
    revoked_at              DATETIME(6),
    revoked_by              VARCHAR(255),
    revoke_reason           VARCHAR(500),
    replaced_by             BIGINT,
    completion_withdrawn_at DATETIME(6),
    version                 BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_certificate_number UNIQUE (number),
    CONSTRAINT uq_certificate_code UNIQUE (verification_code),
    CONSTRAINT uq_certificate_current UNIQUE (current_enrolment_id),
    CONSTRAINT ck_certificate_status CHECK (status IN ('VALID', 'REVOKED', 'REPLACED')),
    INDEX ix_certificate_learner (learner_subject),
    INDEX ix_certificate_course (course_id, status),
    INDEX ix_certificate_issued (issued_at),
    CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_certificate_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
