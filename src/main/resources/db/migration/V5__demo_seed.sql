-- Which demo content has been seeded (local run and tests only: unitar.demo.seed), so that it is seeded once.
CREATE TABLE demo_seed (
    name      VARCHAR(64) NOT NULL,
    course_id BIGINT      NOT NULL,
    seeded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (name),
    CONSTRAINT fk_demo_seed_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
