package io.attune.console.load;

import io.attune.engine.load.ChatIntensity;
import io.attune.engine.load.HeldChat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code agent_chat_loads}: each agent's part of each chat, its peaks, and when it ended. */
@Repository
class ChatLoads {

    private final JdbcClient jdbc;

    ChatLoads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void held(String conversationId, String agent, ChatIntensity upToNow, Instant at) {
        jdbc.sql("""
                        insert into agent_chat_loads (conversation_id, agent_username, peak_upset, hostility_with_agent, held_from)
                        values (?, ?, ?, 0, ?)""")
                .params(conversationId, agent, upToNow.upset(), Timestamp.from(at)).update();
    }

    /** A customer turn while an agent holds the chat: both peaks may rise. */
    void felt(String conversationId, ChatIntensity turn) {
        jdbc.sql("""
                        update agent_chat_loads set peak_upset = greatest(peak_upset, ?),
                            hostility_with_agent = greatest(hostility_with_agent, ?)
                        where conversation_id = ? and ended_at is null""")
                .params(turn.upset(), turn.hostility(), conversationId).update();
    }

    void ended(String conversationId, Instant at) {
        jdbc.sql("update agent_chat_loads set ended_at = ? where conversation_id = ? and ended_at is null")
                .params(Timestamp.from(at), conversationId).update();
    }

    /** Per agent, the chats held now or ended since {@code since}. */
    Map<String, List<HeldChat>> since(Instant since) {
        return jdbc.sql("""
                        select agent_username, conversation_id, peak_upset, hostility_with_agent, held_from, ended_at
                        from agent_chat_loads where ended_at is null or ended_at >= ?""")
                .param(Timestamp.from(since))
                .query((rs, n) -> Map.entry(rs.getString(1), chat(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** This agent's latest part of this chat. */
    Optional<HeldChat> latest(String conversationId, String agent) {
        return jdbc.sql("""
                        select agent_username, conversation_id, peak_upset, hostility_with_agent, held_from, ended_at
                        from agent_chat_loads where conversation_id = ? and agent_username = ? order by id desc""")
                .params(conversationId, agent).query((rs, n) -> chat(rs)).list().stream().findFirst();
    }

    private static HeldChat chat(ResultSet rs) throws SQLException {
        OffsetDateTime ended = rs.getObject("ended_at", OffsetDateTime.class);
        return new HeldChat(rs.getString("conversation_id"), rs.getDouble("peak_upset"), rs.getDouble("hostility_with_agent"),
                rs.getObject("held_from", OffsetDateTime.class).toInstant(), ended == null ? null : ended.toInstant());
    }
}
