package io.attune.widget.store;

import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lists stored conversations newest activity first, filtered by state, by who may see them and by a word in
 * their transcript: the read side of the console's conversation list. Plain SQL that H2 and PostgreSQL run
 * (a {@code LIKE} over the turns, its wildcards escaped; enough for a shop's volume, not a search engine).
 */
@Repository
public class ConversationSearch {

    /**
     * What to list. {@code waitingOrHeldBy}: when set, only waiting conversations and those this agent holds.
     * {@code abandoned}: when set, only conversations whose customer left while waiting ({@code true}) or only
     * the others ({@code false}); see {@link CustomerPresenceRows}.
     */
    public record Query(Set<ConversationState> states, String waitingOrHeldBy, String text, int offset, int limit,
                        Boolean abandoned) {

        public Query(Set<ConversationState> states, String waitingOrHeldBy, String text, int offset, int limit) {
            this(states, waitingOrHeldBy, text, offset, limit, null);
        }
    }

    /**
     * One conversation in the list; {@code lastText}: its latest message (not a system line), null when none;
     * {@code abandoned}: its customer left while it waited for a person and has not come back.
     */
    public record Listed(ConversationId id, String customerName, ConversationState state, String agentUsername,
                         String agentDisplayName, String lastText, Instant startedAt, Instant updatedAt,
                         boolean abandoned) {
    }

    private final JdbcClient jdbc;

    ConversationSearch(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public List<Listed> find(Query query) {
        StringBuilder sql = new StringBuilder("select c.id, c.customer_name, c.state, c.agent_username, c.agent_display_name, "
                + "c.abandoned_at, c.started_at, c.updated_at, t.text as last_text from conversations c "
                + "left join turns t on t.conversation_id = c.id "
                + "and t.seq = (select max(l.seq) from turns l where l.conversation_id = c.id and l.author <> 'SYSTEM') "
                + "where c.state in (:states)");
        if (query.waitingOrHeldBy() != null) {
            sql.append(" and (c.state = 'WAITING_FOR_AGENT' or (c.state = 'WITH_AGENT' and c.agent_username = :agent))");
        }
        if (query.abandoned() != null) {
            sql.append(query.abandoned() ? " and c.abandoned_at is not null" : " and c.abandoned_at is null");
        }
        boolean searching = query.text() != null && !query.text().isBlank();
        if (searching) {
            sql.append(" and exists (select 1 from turns s where s.conversation_id = c.id "
                    + "and lower(s.text) like :pattern escape '\\')");
        }
        sql.append(" order by c.updated_at desc, c.id limit :limit offset :offset");
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString())
                .param("states", query.states().stream().map(Enum::name).toList())
                .param("limit", query.limit()).param("offset", query.offset());
        if (query.waitingOrHeldBy() != null) {
            spec = spec.param("agent", query.waitingOrHeldBy());
        }
        if (searching) {
            spec = spec.param("pattern", "%" + likeEscaped(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return spec.query(ConversationSearch::map).list();
    }

    /** The ended conversations (survey or closed) started since {@code since}, the latest started first. */
    public List<ConversationId> endedSince(Instant since, int limit) {
        return jdbc.sql("select id from conversations where state in ('SURVEY', 'CLOSED') and started_at >= :since "
                        + "order by started_at desc, id limit :limit")
                .param("since", since.atOffset(java.time.ZoneOffset.UTC)).param("limit", limit)
                .query((rs, row) -> new ConversationId(rs.getObject("id", UUID.class))).list();
    }

    /** The text matched literally: {@code %}, {@code _} and the escape character itself lose their meaning. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Listed map(ResultSet rs, int row) throws SQLException {
        return new Listed(new ConversationId(rs.getObject("id", UUID.class)), rs.getString("customer_name"),
                ConversationState.valueOf(rs.getString("state")), rs.getString("agent_username"),
                rs.getString("agent_display_name"),
                rs.getString("last_text"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getObject("abandoned_at") != null);
    }
}
