-- Question banks: one per course (course_id, at most one) or shared across courses (course_id NULL), organised in
-- categories. A question is a series of versions: editing it adds a version, so that attempts keep the version
-- they showed. A version's texts are translated texts; how it scores is a JSON document (scoring) read by
-- org.unitar.learning.assessment.ScoringJson; its parts are the options, prompts or items its texts belong to.

CREATE TABLE question_bank (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    course_id  BIGINT       NULL,
    title      VARCHAR(200) NOT NULL,
    created_by VARCHAR(255) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_question_bank_course (course_id),
    CONSTRAINT fk_question_bank_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_category (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    bank_id  BIGINT       NOT NULL,
    name     VARCHAR(120) NOT NULL,
    position INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_question_category_name (bank_id, name),
    CONSTRAINT fk_question_category_bank FOREIGN KEY (bank_id) REFERENCES question_bank (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    category_id BIGINT       NOT NULL,
    type        VARCHAR(24)  NOT NULL,
    created_by  VARCHAR(255) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_question_category (category_id),
    CONSTRAINT fk_question_category FOREIGN KEY (category_id) REFERENCES question_category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_version (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    question_id BIGINT        NOT NULL,
    number      INT           NOT NULL,
    points      DECIMAL(6, 2) NOT NULL,
    stem_id     BIGINT        NOT NULL,
    feedback_id BIGINT        NOT NULL,
    scoring     MEDIUMTEXT    NOT NULL,
    created_by  VARCHAR(255)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_question_version_number (question_id, number),
    CONSTRAINT fk_question_version_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT fk_question_version_stem FOREIGN KEY (stem_id) REFERENCES translated_text (id),
    CONSTRAINT fk_question_version_feedback FOREIGN KEY (feedback_id) REFERENCES translated_text (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_part (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    version_id  BIGINT      NOT NULL,
    position    INT         NOT NULL,
    part_key    VARCHAR(64) NOT NULL,
    text_id     BIGINT      NOT NULL,
    feedback_id BIGINT      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_question_part_key (version_id, part_key),
    CONSTRAINT fk_question_part_version FOREIGN KEY (version_id) REFERENCES question_version (id) ON DELETE CASCADE,
    CONSTRAINT fk_question_part_text FOREIGN KEY (text_id) REFERENCES translated_text (id),
    CONSTRAINT fk_question_part_feedback FOREIGN KEY (feedback_id) REFERENCES translated_text (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
