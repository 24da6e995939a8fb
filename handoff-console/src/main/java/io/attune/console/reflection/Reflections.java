package io.attune.console.reflection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code agent_reflections}. Every read of a text takes its author: there is no way here to read
 * someone else's reflection; admins get {@link #countsPerAgent()} only.
 */
@Repository
public class Reflections {

    private final JdbcClient jdbc;
    private final Clock clock;

    Reflections(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Reflection add(String conversationId, String author, String text) {
        Reflection r = new Reflection(UUID.randomUUID().toString(), conversationId, author, text, clock.instant());
        jdbc.sql("insert into agent_reflections (id, conversation_id, author_username, text, created_at) values (?, ?, ?, ?, ?)")
                .params(r.id(), r.conversationId(), r.authorUsername(), r.text(), Timestamp.from(r.at())).update();
        return r;
    }

    /** The author's own reflections on one conversation, oldest first. */
    List<Reflection> byAuthor(String author, String conversationId) {
        return jdbc.sql("""
                        select id, conversation_id, author_username, text, created_at from agent_reflections
                        where author_username = ? and conversation_id = ? order by created_at, id""")
                .params(author, conversationId)
                .query((rs, n) -> new Reflection(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant())).list();
    }

    /** How many reflections each agent wrote: all an admin may know of them. */
    public Map<String, Integer> countsPerAgent() {
        return jdbc.sql("select author_username, count(*) from agent_reflections group by author_username")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
