-- The newsroom: who wrote each revision and why (a correction's or a withdrawal's note),
-- staff accounts, their browser sessions and API tokens, and the audit log.
-- Times are epoch milliseconds (UTC), as in V1. Secrets are never stored: sessions and
-- tokens are kept as SHA-256 digests of what the browser or client holds, passwords as bcrypt.

ALTER TABLE revisions ADD COLUMN note TEXT;
ALTER TABLE revisions ADD COLUMN actor VARCHAR(64);

CREATE TABLE users (
    name          VARCHAR(64)  PRIMARY KEY,
    role          VARCHAR(16)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    -- 1 while the password is a one-time one that must be changed at the next login (0/1 on both stores).
    must_change   INTEGER      NOT NULL,
    token_hash    VARCHAR(64)  UNIQUE,
    created_at    BIGINT       NOT NULL
);

CREATE TABLE sessions (
    id_hash    VARCHAR(64) PRIMARY KEY,
    user_name  VARCHAR(64) NOT NULL REFERENCES users (name) ON DELETE CASCADE,
    csrf       VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    expires_at BIGINT      NOT NULL
);

CREATE INDEX sessions_user ON sessions (user_name);

-- Every action, story writes included (written in the story's own transaction): append-only.
CREATE TABLE audit_log (
    at       BIGINT      NOT NULL,
    actor    VARCHAR(64) NOT NULL,
    action   VARCHAR(32) NOT NULL,
    story_id VARCHAR(64),
    version  INTEGER,
    detail   TEXT
);

CREATE INDEX audit_log_at ON audit_log (at);
