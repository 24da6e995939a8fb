package io.attune.console.offline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import io.attune.engine.conversation.ConversationId;
import io.attune.widget.customer.CustomerDetails;
import io.attune.widget.messaging.LeftMessages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages left for the team (table {@code offline_messages}); open ones show in the queue. */
@Repository
public class OfflineMessages implements LeftMessages {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    OfflineMessages(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    OfflineMessage leave(CustomerDetails who, String text, String conversationId) {
        OfflineMessage message = new OfflineMessage(UUID.randomUUID().toString(), conversationId,
                who.name(), who.email(), text.strip(), Instant.now());
        jdbc.sql("insert into offline_messages (id, conversation_id, customer_name, email, text, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(message.id(), message.conversationId(), message.customerName(), message.email(),
                        message.text(), OffsetDateTime.ofInstant(message.createdAt(), ZoneOffset.UTC))
                .update();
        events.publishEvent(new OfflineMessagesChanged());
        return message;
    }

    /** Oldest first: they have waited longest. */
    public List<OfflineMessage> open() {
        return jdbc.sql("select * from offline_messages where handled_at is null order by created_at")
                .query(this::map).list();
    }

    /** The conversations their open messages were left from: those customers wait for the team's answer, not in line. */
    @Override
    public Set<ConversationId> conversations() {
        return jdbc.sql("select distinct conversation_id from offline_messages where handled_at is null "
                        + "and conversation_id is not null")
                .query(String.class).list().stream().map(ConversationId::parse).collect(Collectors.toUnmodifiableSet());
    }

    /** @return false when there is no such open message */
    boolean answered(String id, String agentUsername) {
        int changed = jdbc.sql("update offline_messages set handled_by = ?, handled_at = ? "
                        + "where id = ? and handled_at is null")
                .params(agentUsername, OffsetDateTime.now(ZoneOffset.UTC), id).update();
        if (changed > 0) {
            events.publishEvent(new OfflineMessagesChanged());
        }
        return changed > 0;
    }

    private OfflineMessage map(ResultSet rs, int row) throws SQLException {
        return new OfflineMessage(rs.getString("id"), rs.getString("conversation_id"),
                rs.getString("customer_name"), rs.getString("email"), rs.getString("text"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
