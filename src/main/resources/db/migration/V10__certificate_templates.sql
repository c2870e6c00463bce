-- Certificate templates (administrators): wording per language with placeholders, up to two signatories, a logo.
CREATE TABLE certificate_template (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    name             VARCHAR(120) NOT NULL,
    signatory1_name  VARCHAR(120),
    signatory1_role  VARCHAR(120),
    signatory2_name  VARCHAR(120),
    signatory2_role  VARCHAR(120),
    logo_file_id     BIGINT,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(255) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_certificate_template_name UNIQUE (name),
    CONSTRAINT fk_certificate_template_logo FOREIGN KEY (logo_file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE certificate_template_text (
    template_id BIGINT       NOT NULL,
    language    VARCHAR(8)   NOT NULL,
    title       VARCHAR(120) NOT NULL,
    intro       VARCHAR(300) NOT NULL,
    body        VARCHAR(600) NOT NULL,
    PRIMARY KEY (template_id, language),
    CONSTRAINT fk_certificate_template_text FOREIGN KEY (template_id) REFERENCES certificate_template (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The course's template (none: the platform's own wording).
ALTER TABLE certificate_rule ADD COLUMN template_id BIGINT,
    ADD CONSTRAINT fk_certificate_rule_template FOREIGN KEY (template_id) REFERENCES certificate_template (id);

-- What a certificate issued from a template says, with its placeholders filled, kept as issued; null: the platform's
-- own wording. Signatories are "name|role" lines.
ALTER TABLE certificate ADD COLUMN title VARCHAR(120), ADD COLUMN intro VARCHAR(300), ADD COLUMN body VARCHAR(900),
    ADD COLUMN signatories VARCHAR(500), ADD COLUMN logo_file_id BIGINT;
