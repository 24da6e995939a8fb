-- Agents' and admins' HTTP sessions (login, CSRF token), kept by Spring Session JDBC so that every
-- instance sharing this database knows every login: no sticky sessions at the proxy.
-- Spring Session's own schema (org/springframework/session/jdbc/schema-h2.sql and schema-postgresql.sql
-- in spring-session-jdbc), which differ only in the attribute column's type: BYTEA is PostgreSQL's
-- and H2 2.x reads it as BINARY VARYING, which is what H2's LONGVARBINARY is too.
-- Numbered after V151, not V103: a database already at V151 would refuse a lower new version.
-- Expired rows are deleted by Spring Session's clean-up job (spring.session.jdbc.cleanup-cron).
CREATE TABLE spring_session (
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT NOT NULL,
    last_access_time      BIGINT NOT NULL,
    max_inactive_interval INT NOT NULL,
    expiry_time           BIGINT NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36) NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
