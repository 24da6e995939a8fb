-- Agents' private reflections after a hard conversation (io.attune.console.reflection): read only by their
-- author; admins see counts per agent, never the text. Plain SQL for H2 and PostgreSQL.
create table agent_reflections (
    id              varchar(36)   primary key,
    conversation_id varchar(36)   not null,
    author_username varchar(100)  not null,
    text            varchar(4000) not null,
    created_at      timestamp with time zone not null
);
create index agent_reflections_by_author on agent_reflections (author_username, conversation_id, created_at);
