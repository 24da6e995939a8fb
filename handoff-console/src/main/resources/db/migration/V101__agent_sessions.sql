-- One row per open console WebSocket session, so that every instance sharing this database agrees
-- on who is online. last_seen is refreshed by the owning instance; rows of a crashed instance age out.
create table agent_sessions (
    session_id   varchar(128) primary key,
    username     varchar(64)  not null,
    instance_id  varchar(64)  not null,
    connected_at timestamp with time zone not null,
    last_seen    timestamp with time zone not null
);
create index agent_sessions_last_seen on agent_sessions (last_seen);
