package io.attune.console.presence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Open console WebSocket sessions (table {@code agent_sessions}), shared by all instances. Each
 * instance refreshes its own rows; rows of an instance that died stop being refreshed and age out.
 */
@Repository
class AgentSessions {

    /** This process, so it refreshes and removes only its own sessions. */
    private final String instanceId = UUID.randomUUID().toString();
    private final JdbcClient jdbc;

    AgentSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void opened(String sessionId, String username, Instant at) {
        jdbc.sql("delete from agent_sessions where session_id = ?").param(sessionId).update();
        jdbc.sql("insert into agent_sessions (session_id, username, instance_id, connected_at, last_seen) "
                        + "values (?, ?, ?, ?, ?)")
                .params(sessionId, username, instanceId, utc(at), utc(at)).update();
    }

    void closed(String sessionId) {
        jdbc.sql("delete from agent_sessions where session_id = ?").param(sessionId).update();
    }

    void refresh(Instant at) {
        jdbc.sql("update agent_sessions set last_seen = ? where instance_id = ?").params(utc(at), instanceId)
                .update();
    }

    void forgetOlderThan(Instant cutoff) {
        jdbc.sql("delete from agent_sessions where last_seen < ?").param(utc(cutoff)).update();
    }

    void forgetMine() {
        jdbc.sql("delete from agent_sessions where instance_id = ?").param(instanceId).update();
    }

    List<String> onlineSince(Instant cutoff) {
        return jdbc.sql("select distinct username from agent_sessions where last_seen >= ? order by username")
                .param(utc(cutoff)).query(String.class).list();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
