-- The learner's journey: the public catalogue's search rows, editions of courses, enrolments, progress per lesson
-- and the learning events every change of progress comes from (each one an xAPI statement waiting to be derived).

-- The languages a course revision is offered in were stored as the enum's position ('0' for Arabic...): they are
-- language codes from now on, like every other language column.
UPDATE course_revision_language SET language = CASE language
    WHEN '0' THEN 'ar' WHEN '1' THEN 'zh' WHEN '2' THEN 'en' WHEN '3' THEN 'fr' WHEN '4' THEN 'ru' WHEN '5' THEN 'es'
    ELSE language END;

-- The public catalogue. One row per published course and reader language: its title as that reader sees it (for
-- ordering) and the facets the filters use; and one row per course with the words a search looks at: its title,
-- summary and topic names in every language it has, folded in Java (lower case, no accents or Arabic short vowels),
-- so compared byte for byte. LIKE over these works the same on MySQL 8.4 and MariaDB (neither's full-text parser
-- splits Chinese or Arabic alike) and reads one row per published course.
CREATE TABLE course_search (
    course_id   BIGINT       NOT NULL,
    language    VARCHAR(8)   NOT NULL,
    revision_id BIGINT       NOT NULL,
    title_sort  VARCHAR(255) NOT NULL,
    languages   VARCHAR(64)  NOT NULL,
    topics      VARCHAR(400) NOT NULL,
    format      VARCHAR(24)  NOT NULL,
    minutes     INT          NOT NULL,
    PRIMARY KEY (language, course_id),
    INDEX ix_course_search_course (course_id),
    CONSTRAINT fk_course_search_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_search_words (
    course_id BIGINT        NOT NULL,
    words     VARCHAR(8000) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (course_id),
    CONSTRAINT fk_course_search_words_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One run of a course: its dates, enrolment window and capacity. A self-paced course has one open-ended edition.
CREATE TABLE edition (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    course_id     BIGINT       NOT NULL,
    name          VARCHAR(120) NOT NULL,
    open_ended    BOOLEAN      NOT NULL,
    starts_on     DATE,
    ends_on       DATE,
    enrol_from    DATE,
    enrol_until   DATE,
    capacity      INT,
    seats_taken   INT          NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(255) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_edition_course (course_id),
    CONSTRAINT fk_edition_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE edition_trainer (
    edition_id BIGINT       NOT NULL,
    subject    VARCHAR(255) NOT NULL,
    PRIMARY KEY (edition_id, subject),
    CONSTRAINT fk_edition_trainer_edition FOREIGN KEY (edition_id) REFERENCES edition (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A learner in a course (one row per course and learner, whatever becomes of it), in one edition. The registration
-- is the xAPI registration of everything they do in the course.
CREATE TABLE enrolment (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    course_id       BIGINT       NOT NULL,
    edition_id      BIGINT       NOT NULL,
    learner_subject VARCHAR(255) NOT NULL,
    registration    CHAR(36)     NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    requested_at    DATETIME(6),
    enrolled_at     DATETIME(6),
    decided_by      VARCHAR(255),
    ended_at        DATETIME(6),
    completed_at    DATETIME(6),
    last_lesson_id  BIGINT,
    last_active_at  DATETIME(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_enrolment_learner UNIQUE (course_id, learner_subject),
    CONSTRAINT uq_enrolment_registration UNIQUE (registration),
    INDEX ix_enrolment_learner (learner_subject, status),
    INDEX ix_enrolment_edition (edition_id, status),
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_enrolment_edition FOREIGN KEY (edition_id) REFERENCES edition (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where a learner stands in one lesson. State only moves forward (1 opened, 2 complete): writes use GREATEST, so
-- two tabs or devices saving at once never take a lesson back.
CREATE TABLE lesson_progress (
    enrolment_id    BIGINT      NOT NULL,
    lesson_id       BIGINT      NOT NULL,
    state           TINYINT     NOT NULL,
    first_opened_at DATETIME(6) NOT NULL,
    completed_at    DATETIME(6),
    seconds_spent   INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (enrolment_id, lesson_id),
    CONSTRAINT fk_lesson_progress_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT fk_lesson_progress_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every learning event, as it happened: an xAPI statement's actor (learner_subject), verb, object (object_type and
-- object_id, in course_id at revision_number), result (completion, duration_seconds), context (registration,
-- language) and timestamp. event_id is the statement id: the same event sent twice is stored once.
CREATE TABLE learning_event (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    event_id         CHAR(36)     NOT NULL,
    learner_subject  VARCHAR(255) NOT NULL,
    verb             VARCHAR(24)  NOT NULL,
    object_type      VARCHAR(16)  NOT NULL,
    object_id        BIGINT       NOT NULL,
    course_id        BIGINT       NOT NULL,
    revision_number  INT,
    registration     CHAR(36)     NOT NULL,
    language         VARCHAR(8),
    completion       BOOLEAN,
    duration_seconds INT,
    occurred_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_learning_event UNIQUE (event_id),
    INDEX ix_learning_event_learner (learner_subject, occurred_at),
    INDEX ix_learning_event_course (course_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
