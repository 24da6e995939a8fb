-- Conversations and their turns, as io.attune.engine.store.ConversationStore keeps them.
-- Plain SQL that H2 (2.x) and PostgreSQL both run. Structured parts are JSON text written by Jackson.

CREATE TABLE conversations (
    id                  UUID                        NOT NULL PRIMARY KEY,
    state               VARCHAR(32)                 NOT NULL,
    customer_name       VARCHAR(200),
    started_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    agent_username      VARCHAR(100),
    agent_display_name  VARCHAR(200),
    handoff_decision    VARCHAR(8000),
    handoff_at_seq      BIGINT,
    handoff_at          TIMESTAMP(6) WITH TIME ZONE,
    handoff_joined_at   TIMESTAMP(6) WITH TIME ZONE,
    flow                VARCHAR(4000),
    bot_failures        INTEGER                     NOT NULL DEFAULT 0,
    survey_rating       INTEGER,
    survey_comment      VARCHAR(2000),
    survey_at           TIMESTAMP(6) WITH TIME ZONE,
    closed_by           VARCHAR(20),
    close_note          VARCHAR(2000),
    handoff_needed      BOOLEAN
);

-- The agents' queue: conversations in WAITING_FOR_AGENT, oldest handoff first.
CREATE INDEX conversations_state_idx ON conversations (state, handoff_at);

CREATE TABLE turns (
    conversation_id UUID                        NOT NULL REFERENCES conversations (id),
    seq             BIGINT                      NOT NULL,
    author          VARCHAR(16)                 NOT NULL,
    author_name     VARCHAR(200),
    text            VARCHAR(10000)              NOT NULL,
    at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    client_id       VARCHAR(100),
    reading         VARCHAR(4000),
    intent          VARCHAR(100),
    quick_replies   VARCHAR(4000),
    PRIMARY KEY (conversation_id, seq),
    -- A retried send carries the same client id: stored once. Bot and system turns have none.
    CONSTRAINT turns_client_id_uq UNIQUE (conversation_id, client_id)
);
