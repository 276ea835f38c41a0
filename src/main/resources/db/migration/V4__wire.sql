-- The wire: subscribing clients and their keys, webhook endpoints, the webhook outbox and the
-- delivery log. Times are epoch milliseconds (UTC), as in V1. Booleans are kept as nullable
-- times ("revoked_at", "disabled_at"), which say when as well as whether, the same on SQLite and
-- PostgreSQL.

-- A client's key is never stored, only its SHA-256 (keys are 256 random bits, so a fast hash
-- is enough; a slow password hash would cost every API request). sections is a comma list,
-- NULL for every section.
CREATE TABLE wire_clients (
    name            VARCHAR(64)  PRIMARY KEY,
    key_hash        VARCHAR(64)  NOT NULL UNIQUE,
    sections        TEXT,
    embargoed       INTEGER      NOT NULL,
    rate_per_minute INTEGER      NOT NULL,
    created_at      BIGINT       NOT NULL,
    revoked_at      BIGINT
);

-- An endpoint keeps its signing secret: a receiver checks HMACs made with it, so it cannot be
-- a hash. enqueued_seq is how far down the change log its outbox has been filled.
CREATE TABLE wire_webhooks (
    id            VARCHAR(40)   PRIMARY KEY,
    client        VARCHAR(64)   NOT NULL REFERENCES wire_clients (name),
    url           VARCHAR(2000) NOT NULL,
    secret        VARCHAR(100)  NOT NULL,
    enqueued_seq  BIGINT        NOT NULL,
    created_at    BIGINT        NOT NULL,
    disabled_at   BIGINT,
    UNIQUE (client, url)
);

-- The outbox: one row per change still to deliver to an endpoint, delivered lowest seq first.
-- failing_since is when the first attempt of the row at the head failed (NULL while none has).
CREATE TABLE wire_outbox (
    webhook_id      VARCHAR(40) NOT NULL REFERENCES wire_webhooks (id),
    seq             BIGINT      NOT NULL,
    attempts        INTEGER     NOT NULL,
    next_attempt_at BIGINT      NOT NULL,
    failing_since   BIGINT,
    PRIMARY KEY (webhook_id, seq)
);

-- Every attempt, and the disabling of an endpoint (logged as one more attempt of the change it
-- was stuck on, status 0), for the client to read. Attempts count on across a re-enabling.
CREATE TABLE wire_deliveries (
    webhook_id  VARCHAR(40)  NOT NULL REFERENCES wire_webhooks (id),
    seq         BIGINT       NOT NULL,
    attempt     INTEGER      NOT NULL,
    at          BIGINT       NOT NULL,
    status      INTEGER      NOT NULL,
    outcome     VARCHAR(300) NOT NULL,
    PRIMARY KEY (webhook_id, seq, attempt)
);
CREATE INDEX wire_deliveries_latest ON wire_deliveries (webhook_id, at);

-- Serving change N means serving the story as it stood at N: the wire looks up the story's
-- earlier changes to know its standing (draft, embargoed, published, withdrawn) at that point.
CREATE INDEX changes_story ON changes (story_id, seq);
