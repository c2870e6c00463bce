-- Courses and their revisions (each a full copy of the content: modules and lessons keep their ids across
-- (position columns: the JPA provider writes a row first and its place in the list just after, hence the defaults)
-- revisions through course_module and lesson); translated texts (reused later by question banks and certificate templates).

CREATE TABLE translated_text (
    id      BIGINT NOT NULL AUTO_INCREMENT,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE translated_text_value (
    text_id  BIGINT      NOT NULL,
    language VARCHAR(8)  NOT NULL,
    value    MEDIUMTEXT  NOT NULL,
    PRIMARY KEY (text_id, language),
    CONSTRAINT fk_translated_text_value_text FOREIGN KEY (text_id) REFERENCES translated_text (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reference data: the CIFAL centres that offer courses (administrators will manage organisations later).
CREATE TABLE cifal_centre (
    code    VARCHAR(32)  NOT NULL,
    name    VARCHAR(120) NOT NULL,
    city    VARCHAR(120) NOT NULL,
    country CHAR(2)      NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO cifal_centre (code, name, city, country) VALUES
    ('CIFAL-ATLANTA', 'CIFAL Atlanta', 'Atlanta', 'US'),
    ('CIFAL-CURITIBA', 'CIFAL Curitiba', 'Curitiba', 'BR'),
    ('CIFAL-DURBAN', 'CIFAL Durban', 'Durban', 'ZA'),
    ('CIFAL-FLANDERS', 'CIFAL Flanders', 'Antwerp', 'BE'),
    ('CIFAL-JEJU', 'CIFAL Jeju', 'Jeju', 'KR'),
    ('CIFAL-MALAGA', 'CIFAL Málaga', 'Málaga', 'ES'),
    ('CIFAL-OUAGADOUGOU', 'CIFAL Ouagadougou', 'Ouagadougou', 'BF'),
    ('CIFAL-PLOCK', 'CIFAL Płock', 'Płock', 'PL'),
    ('CIFAL-SHANGHAI', 'CIFAL Shanghai', 'Shanghai', 'CN');

CREATE TABLE course (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    owner_subject         VARCHAR(255) NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    default_language      VARCHAR(8)   NOT NULL,
    draft_revision_id     BIGINT,
    published_revision_id BIGINT,
    revision_count        INT          NOT NULL DEFAULT 0,
    created_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_course_owner (owner_subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_co_trainer (
    course_id BIGINT       NOT NULL,
    subject   VARCHAR(255) NOT NULL,
    PRIMARY KEY (course_id, subject),
    INDEX ix_course_co_trainer_subject (subject),
    CONSTRAINT fk_course_co_trainer_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_revision (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    course_id         BIGINT       NOT NULL,
    number            INT          NOT NULL,
    title_id          BIGINT       NOT NULL,
    summary_id        BIGINT       NOT NULL,
    description_id    BIGINT       NOT NULL,
    estimated_minutes INT          NOT NULL,
    cifal_centre      VARCHAR(32)  NOT NULL,
    format            VARCHAR(24)  NOT NULL,
    enrolment         VARCHAR(24)  NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(255) NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    updated_by        VARCHAR(255) NOT NULL,
    published_at      DATETIME(6),
    published_by      VARCHAR(255),
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_course_revision_number UNIQUE (course_id, number),
    CONSTRAINT fk_course_revision_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_revision_title FOREIGN KEY (title_id) REFERENCES translated_text (id),
    CONSTRAINT fk_course_revision_summary FOREIGN KEY (summary_id) REFERENCES translated_text (id),
    CONSTRAINT fk_course_revision_description FOREIGN KEY (description_id) REFERENCES translated_text (id),
    CONSTRAINT fk_course_revision_centre FOREIGN KEY (cifal_centre) REFERENCES cifal_centre (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE course
    ADD CONSTRAINT fk_course_draft FOREIGN KEY (draft_revision_id) REFERENCES course_revision (id),
    ADD CONSTRAINT fk_course_published FOREIGN KEY (published_revision_id) REFERENCES course_revision (id);

CREATE TABLE course_revision_language (
    revision_id BIGINT     NOT NULL,
    language    VARCHAR(8) NOT NULL,
    PRIMARY KEY (revision_id, language),
    CONSTRAINT fk_course_revision_language_revision FOREIGN KEY (revision_id) REFERENCES course_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_revision_topic (
    revision_id BIGINT      NOT NULL,
    topic       VARCHAR(40) NOT NULL,
    PRIMARY KEY (revision_id, topic),
    CONSTRAINT fk_course_revision_topic_revision FOREIGN KEY (revision_id) REFERENCES course_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_revision_sdg (
    revision_id BIGINT  NOT NULL,
    goal        TINYINT NOT NULL,
    PRIMARY KEY (revision_id, goal),
    CONSTRAINT fk_course_revision_sdg_revision FOREIGN KEY (revision_id) REFERENCES course_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_revision_gcm_objective (
    revision_id BIGINT  NOT NULL,
    objective   TINYINT NOT NULL,
    PRIMARY KEY (revision_id, objective),
    CONSTRAINT fk_course_revision_gcm_objective_revision FOREIGN KEY (revision_id) REFERENCES course_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Identities of modules and lessons, the same in every revision: learners' progress refers to these.
CREATE TABLE course_module (
    id        BIGINT NOT NULL AUTO_INCREMENT,
    course_id BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_course_module_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lesson (
    id        BIGINT NOT NULL AUTO_INCREMENT,
    course_id BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_lesson_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE module_content (
    id                     BIGINT      NOT NULL AUTO_INCREMENT,
    revision_id            BIGINT      NOT NULL,
    module_id              BIGINT      NOT NULL,
    position               INT         NOT NULL DEFAULT 0,
    title_id               BIGINT      NOT NULL,
    summary_id             BIGINT      NOT NULL,
    prerequisite_module_id BIGINT,
    opening                VARCHAR(24) NOT NULL,
    opens_on               DATE,
    opens_after_days       INT,
    updated_at             DATETIME(6) NOT NULL,
    version                BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_module_content_module UNIQUE (revision_id, module_id),
    CONSTRAINT fk_module_content_revision FOREIGN KEY (revision_id) REFERENCES course_revision (id) ON DELETE CASCADE,
    CONSTRAINT fk_module_content_module FOREIGN KEY (module_id) REFERENCES course_module (id),
    CONSTRAINT fk_module_content_prerequisite FOREIGN KEY (prerequisite_module_id) REFERENCES course_module (id),
    CONSTRAINT fk_module_content_title FOREIGN KEY (title_id) REFERENCES translated_text (id),
    CONSTRAINT fk_module_content_summary FOREIGN KEY (summary_id) REFERENCES translated_text (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lesson_content (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    module_content_id BIGINT        NOT NULL,
    lesson_id         BIGINT        NOT NULL,
    position          INT           NOT NULL DEFAULT 0,
    kind              VARCHAR(16)   NOT NULL,
    title_id          BIGINT        NOT NULL,
    body_id           BIGINT        NOT NULL,
    estimated_minutes INT           NOT NULL,
    required          BOOLEAN       NOT NULL,
    completion        VARCHAR(16)   NOT NULL,
    url               VARCHAR(2000),
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_lesson_content_module FOREIGN KEY (module_content_id) REFERENCES module_content (id) ON DELETE CASCADE,
    CONSTRAINT fk_lesson_content_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
    CONSTRAINT fk_lesson_content_title FOREIGN KEY (title_id) REFERENCES translated_text (id),
    CONSTRAINT fk_lesson_content_body FOREIGN KEY (body_id) REFERENCES translated_text (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
