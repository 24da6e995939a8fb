-- Saved replies (io.attune.console.replies): admins edit them at /admin/replies, agents insert them into
-- the reply box. Plain SQL that H2 (2.x) and PostgreSQL both run.
create table saved_replies (
    id         varchar(36)   primary key,
    title      varchar(80)   not null,
    text       varchar(2000) not null,
    updated_by varchar(100)  not null,
    updated_at timestamp with time zone not null
);
