-- Organisations: the local and regional authorities people work for, CIFAL centres, UNITAR. A person's profile
-- points to one; an organisation's managers (e.g. a city's training focal point) see its people's progress.
-- Runs unchanged on MySQL 8.4 and MariaDB 11.4.

CREATE TABLE organisation (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    code       VARCHAR(64)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(24)  NOT NULL,
    country    CHAR(2)      NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_organisation_code UNIQUE (code),
    INDEX ix_organisation_country (country),
    INDEX ix_organisation_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The CIFAL centres (already reference data) and UNITAR itself are organisations from the start.
INSERT INTO organisation (code, name, kind, country, created_at)
SELECT code, name, 'CIFAL_CENTRE', country, CURRENT_TIMESTAMP(6) FROM cifal_centre;
INSERT INTO organisation (code, name, kind, country, created_at)
VALUES ('UNITAR-GENEVA', 'UNITAR Geneva', 'INTERNATIONAL', 'CH', CURRENT_TIMESTAMP(6));

ALTER TABLE user_account
    ADD COLUMN organisation_id BIGINT,
    ADD CONSTRAINT fk_user_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);

-- People who signed in before: their token's organisation code links them where it names a known organisation.
UPDATE user_account u JOIN organisation o ON o.code = u.organisation SET u.organisation_id = o.id;

CREATE TABLE organisation_manager (
    organisation_id BIGINT      NOT NULL,
    user_account_id BIGINT      NOT NULL,
    since           DATETIME(6) NOT NULL,
    PRIMARY KEY (organisation_id, user_account_id),
    INDEX ix_organisation_manager_person (user_account_id),
    CONSTRAINT fk_organisation_manager_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_organisation_manager_person FOREIGN KEY (user_account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The people directory filters by name and lists by name.
CREATE INDEX ix_user_account_display_name ON user_account (display_name);
