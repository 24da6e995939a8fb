-- Agents and admins who log in to the console. Passwords are stored as DelegatingPasswordEncoder
-- hashes ("{bcrypt}..."), never in clear.
create table console_users (
    username      varchar(64)  primary key,
    password_hash varchar(255) not null,
    display_name  varchar(80)  not null,
    role          varchar(16)  not null,
    enabled       boolean      not null default true,
    created_at    timestamp with time zone not null
);
