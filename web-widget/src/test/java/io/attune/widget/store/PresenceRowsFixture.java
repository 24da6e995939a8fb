package io.attune.widget.store;

import io.attune.engine.conversation.ConversationId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For tests outside the store: its presence rows over a migrated database, and conversations waiting in it. */
public final class PresenceRowsFixture {

    private PresenceRowsFixture() {
    }

    public static CustomerPresenceRows rows(DataSource database) {
        return new CustomerPresenceRows(JdbcClient.create(database));
    }

    /** A conversation handed over at {@code since} and waiting for a person, its customer not yet seen. */
    public static void waiting(DataSource database, ConversationId id, Instant since) {
        OffsetDateTime at = OffsetDateTime.ofInstant(since, ZoneOffset.UTC);
        JdbcClient.create(database).sql("insert into conversations (id, state, started_at, updated_at, handoff_at_seq, "
                        + "handoff_at) values (?, 'WAITING_FOR_AGENT', ?, ?, 1, ?)")
                .params(id.value(), at, at, at).update();
    }
}
