package io.attune.console.assignment;

import io.attune.engine.conversation.ConversationState;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read model over the widget's {@code conversations} table: what each agent holds now. Never writes. */
@Repository
public class AgentConversations {

    private final JdbcClient jdbc;

    AgentConversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first, so tabs keep their places as new ones open. */
    public List<HeldConversation> heldBy(String username) {
        return jdbc.sql("""
                        select id, customer_name, coalesce(handoff_joined_at, updated_at) as since
                        from conversations where state = ? and agent_username = ? order by since, id""")
                .params(ConversationState.WITH_AGENT.name(), username)
                .query((rs, row) -> new HeldConversation(rs.getObject("id").toString(),
                        rs.getString("customer_name") == null ? "Anonymous customer" : rs.getString("customer_name"),
                        rs.getObject("since", OffsetDateTime.class).toInstant()))
                .list();
    }

    int countHeldBy(String username) {
        return jdbc.sql("select count(*) from conversations where state = ? and agent_username = ?")
                .params(ConversationState.WITH_AGENT.name(), username).query(Integer.class).single();
    }
}
