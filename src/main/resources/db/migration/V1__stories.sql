-- Stories (current version), their immutable revisions, and the change log.
-- Times are epoch milliseconds (UTC): one type that sorts and compares the same on SQLite
-- and PostgreSQL. Change-log sequences are assigned by the single writer of the moment
-- (see store.Dialect), so they are gapless and in commit order.

CREATE TABLE stories (
    id              VARCHAR(64)  PRIMARY KEY,
    version         INTEGER      NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    slug            VARCHAR(100) NOT NULL,
    section         VARCHAR(40),
    headline        TEXT         NOT NULL,
    standfirst      TEXT,
    place           TEXT,
    first_created   BIGINT       NOT NULL,
    version_created BIGINT       NOT NULL,
    seq             BIGINT       NOT NULL,
    source_key      TEXT         UNIQUE,
    content         TEXT         NOT NULL
);

-- The All news page and its section filters read newest first by keyset.
CREATE INDEX stories_latest ON stories (status, first_created DESC, id DESC);
CREATE INDEX stories_section_latest ON stories (section, status, first_created DESC, id DESC);

CREATE TABLE revisions (
    story_id    VARCHAR(64) NOT NULL REFERENCES stories (id),
    version     INTEGER     NOT NULL,
    change_kind VARCHAR(24) NOT NULL,
    created_at  BIGINT      NOT NULL,
    content     TEXT        NOT NULL,
    PRIMARY KEY (story_id, version)
);

CREATE TABLE changes (
    seq      BIGINT      PRIMARY KEY,
    story_id VARCHAR(64) NOT NULL,
    version  INTEGER     NOT NULL,
    kind     VARCHAR(24) NOT NULL,
    at       BIGINT      NOT NULL
);
