-- Messages customers leave when no agent is online or outside the console's hours. They wait in
-- the queue until an agent marks them answered.
create table offline_messages (
    id              varchar(36)   primary key,
    conversation_id varchar(36),
    customer_name   varchar(80),
    email           varchar(254),
    text            varchar(2000) not null,
    created_at      timestamp with time zone not null,
    handled_by      varchar(64),
    handled_at      timestamp with time zone
);
create index offline_messages_open on offline_messages (handled_at, created_at);
