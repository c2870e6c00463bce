-- Quizzes and attempts. A quiz belongs to an assessment lesson (same id, the same in every revision of the course);
-- its settings and questions are live, like a question bank, so a fix reaches learners without a new revision.
-- An attempt keeps the question versions it drew and the order it showed them in; each answer carries the
-- sequence number of the save that wrote it, so a retried older save never overwrites a newer answer.

CREATE TABLE quiz (
    lesson_id              BIGINT       NOT NULL,
    course_id              BIGINT       NOT NULL,
    layout                 VARCHAR(16)  NOT NULL,
    shuffle_questions      BOOLEAN      NOT NULL,
    shuffle_options        BOOLEAN      NOT NULL,
    opens_at               DATETIME(6),
    closes_at              DATETIME(6),
    time_limit_minutes     INT,
    attempts_allowed       INT,
    grading_method         VARCHAR(16)  NOT NULL,
    pass_percent           INT          NOT NULL,
    review_answers         VARCHAR(16)  NOT NULL,
    review_correctness     VARCHAR(16)  NOT NULL,
    review_feedback        VARCHAR(16)  NOT NULL,
    review_correct_answers VARCHAR(16)  NOT NULL,
    updated_by             VARCHAR(255) NOT NULL,
    updated_at             DATETIME(6)  NOT NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (lesson_id),
    INDEX ix_quiz_course (course_id),
    CONSTRAINT fk_quiz_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE,
    CONSTRAINT fk_quiz_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a quiz asks, in order: one question of a bank, or draw_count questions drawn at random from a category.
CREATE TABLE quiz_slot (
    id           BIGINT NOT NULL AUTO_INCREMENT,
    quiz_id      BIGINT NOT NULL,
    position     INT    NOT NULL,
    question_id  BIGINT,
    category_id  BIGINT,
    draw_count   INT,
    PRIMARY KEY (id),
    INDEX ix_quiz_slot_quiz (quiz_id, position),
    CONSTRAINT fk_quiz_slot_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (lesson_id) ON DELETE CASCADE,
    CONSTRAINT fk_quiz_slot_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT fk_quiz_slot_category FOREIGN KEY (category_id) REFERENCES question_category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Extra time granted to one learner in one quiz (an accessibility accommodation).
CREATE TABLE quiz_extra_time (
    quiz_id         BIGINT       NOT NULL,
    learner_subject VARCHAR(255) NOT NULL,
    extra_minutes   INT          NOT NULL,
    granted_by      VARCHAR(255) NOT NULL,
    granted_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (quiz_id, learner_subject),
    CONSTRAINT fk_quiz_extra_time_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (lesson_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One attempt of a learner at a quiz. (quiz, learner, number) is unique: replaying a start cannot make more
-- attempts than allowed. state: IN_PROGRESS, then SUBMITTED (an essay waits for a trainer) or GRADED; the one
-- statement that moves it out of IN_PROGRESS is the one that grades it.
CREATE TABLE attempt (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    quiz_id         BIGINT        NOT NULL,
    course_id       BIGINT        NOT NULL,
    learner_subject VARCHAR(255)  NOT NULL,
    registration    CHAR(36)      NOT NULL,
    number          INT           NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    started_at      DATETIME(6)   NOT NULL,
    deadline_at     DATETIME(6),
    submitted_at    DATETIME(6),
    graded_at       DATETIME(6),
    expired         BOOLEAN       NOT NULL DEFAULT FALSE,
    marks           DECIMAL(10, 4),
    max_marks       DECIMAL(10, 2) NOT NULL,
    percent         DECIMAL(7, 4),
    passed          BOOLEAN,
    PRIMARY KEY (id),
    CONSTRAINT uq_attempt_number UNIQUE (quiz_id, learner_subject, number),
    INDEX ix_attempt_due (state, deadline_at),
    INDEX ix_attempt_course (course_id, learner_subject),
    CONSTRAINT fk_attempt_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (lesson_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A question as one attempt shows it: the version drawn, the order of its options or items (part_order, keys
-- separated by new lines), the learner's answer (a JSON array) and the sequence number of the save that wrote it,
-- and once graded the fraction of its points earned; a question a trainer graded (an essay) keeps who did and
-- their comment.
CREATE TABLE attempt_question (
    attempt_id          BIGINT        NOT NULL,
    position            INT           NOT NULL,
    question_version_id BIGINT        NOT NULL,
    points              DECIMAL(6, 2) NOT NULL,
    part_order          TEXT          NOT NULL,
    response            MEDIUMTEXT,
    sequence            BIGINT        NOT NULL DEFAULT 0,
    saved_at            DATETIME(6),
    fraction            DECIMAL(6, 4),
    comment             TEXT,
    graded_by           VARCHAR(255),
    PRIMARY KEY (attempt_id, position),
    CONSTRAINT fk_attempt_question_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id) ON DELETE CASCADE,
    CONSTRAINT fk_attempt_question_version FOREIGN KEY (question_version_id) REFERENCES question_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The main language of a bank shared across courses, chosen by its creator (a course's bank follows its course).
ALTER TABLE question_bank ADD COLUMN language VARCHAR(8);

-- A learning event's result can carry a score (xAPI result.score.scaled, 0 to 1): a graded attempt's.
ALTER TABLE learning_event ADD COLUMN score_scaled DECIMAL(5, 4);
