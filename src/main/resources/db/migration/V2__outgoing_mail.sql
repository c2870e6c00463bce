-- Mail waits here until it is delivered: it is written in the same transaction as the change that causes it,
-- so nothing is sent for a change that was rolled back, and a mail server that is down delays mail, never loses it.
CREATE TABLE outgoing_mail (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    recipient       VARCHAR(320)  NOT NULL,
    language        VARCHAR(35)   NOT NULL,
    template        VARCHAR(64)   NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    body            TEXT          NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6),
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(500),
    sent_at         DATETIME(6),
    PRIMARY KEY (id),
    INDEX ix_outgoing_mail_due (sent_at, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
