-- Agents' private notes on a conversation (io.attune.console.notes): never sent to the customer, so kept
-- apart from the transcript's turns. Plain SQL that H2 (2.x) and PostgreSQL both run.
create table conversation_notes (
    id              varchar(36)   primary key,
    conversation_id varchar(36)   not null,
    author_username varchar(100)  not null,
    author_name     varchar(200)  not null,
    text            varchar(2000) not null,
    created_at      timestamp with time zone not null
);
create index conversation_notes_by_conversation on conversation_notes (conversation_id, created_at);
