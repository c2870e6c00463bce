-- Uploaded files (bytes in the folder unitar.files.dir, metadata here) and the files lessons use per language.

CREATE TABLE stored_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    type          VARCHAR(16)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    storage_key   VARCHAR(80)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_stored_file_key UNIQUE (storage_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lesson_content_file (
    lesson_content_id BIGINT       NOT NULL,
    language          VARCHAR(8)   NOT NULL,
    role              VARCHAR(16)  NOT NULL,
    file_id           BIGINT       NOT NULL,
    file_type         VARCHAR(16)  NOT NULL,
    file_name         VARCHAR(255) NOT NULL,
    PRIMARY KEY (lesson_content_id, language, role),
    INDEX ix_lesson_content_file_file (file_id),
    CONSTRAINT fk_lesson_content_file_content FOREIGN KEY (lesson_content_id) REFERENCES lesson_content (id) ON DELETE CASCADE,
    CONSTRAINT fk_lesson_content_file_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A course's cover image (in each revision, like every other part of its content).
ALTER TABLE course_revision
    ADD COLUMN cover_file_id BIGINT,
    ADD COLUMN cover_name    VARCHAR(255),
    ADD CONSTRAINT fk_course_revision_cover FOREIGN KEY (cover_file_id) REFERENCES stored_file (id);
