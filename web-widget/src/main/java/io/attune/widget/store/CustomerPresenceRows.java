package io.attune.widget.store;

import io.attune.engine.conversation.ConversationId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When each conversation's customer was last seen connected, and which waiting conversations were set aside
 * because nobody had been connected for a while: columns {@code customer_seen_at} and {@code abandoned_at} of
 * {@code conversations} (V3), shared by every instance. Only conversations a customer ever connected to have a
 * presence: one opened another way (an import, a test through the engine) is never set aside.
 */
@Repository
public class CustomerPresenceRows {

    private final JdbcClient jdbc;

    CustomerPresenceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The customer is connected now (or was until now): their conversation is no longer set aside.
     *
     * @return whether it had been set aside, so it now rejoins the line at its place
     */
    public boolean seen(ConversationId id, Instant at) {
        int back = jdbc.sql("update conversations set customer_seen_at = ?, abandoned_at = null "
                        + "where id = ? and abandoned_at is not null")
                .params(utc(at), id.value()).update();
        if (back == 0) {
            jdbc.sql("update conversations set customer_seen_at = ? where id = ?").params(utc(at), id.value()).update();
        }
        return back > 0;
    }

    /** The customer wrote: they are connected, so their conversation cannot be set aside; one cheap update. */
    public void wrote(ConversationId id, Instant at) {
        jdbc.sql("update conversations set customer_seen_at = ? where id = ?").params(utc(at), id.value()).update();
    }

    /** A heartbeat for the conversations whose customers hold an open connection to this instance. */
    public void stillSeen(Collection<ConversationId> ids, Instant at) {
        List<UUID> values = ids.stream().map(ConversationId::value).distinct().toList();
        for (int from = 0; from < values.size(); from += 500) {
            jdbc.sql("update conversations set customer_seen_at = :at where id in (:ids)")
                    .param("at", utc(at)).param("ids", values.subList(from, Math.min(values.size(), from + 500)))
                    .update();
        }
    }

    /**
     * Sets aside, at most {@code limit} at a time, the conversations waiting for a person whose customer has not
     * been seen connected since {@code cutoff}. Each is claimed by one conditional update, so with several
     * instances sweeping at once each conversation is reported by exactly one of them.
     *
     * @return the conversations this call set aside
     */
    public List<ConversationId> abandonWaitingUnseenSince(Instant cutoff, Instant now, int limit) {
        List<UUID> candidates = jdbc.sql("select id from conversations where state = 'WAITING_FOR_AGENT' "
                        + "and abandoned_at is null and customer_seen_at < ? order by customer_seen_at "
                        + "fetch first ? rows only")
                .params(utc(cutoff), limit).query(UUID.class).list();
        return candidates.stream()
                .filter(id -> jdbc.sql("update conversations set abandoned_at = ? where id = ? "
                                + "and state = 'WAITING_FOR_AGENT' and abandoned_at is null and customer_seen_at < ?")
                        .params(utc(now), id, utc(cutoff)).update() == 1)
                .map(ConversationId::new).toList();
    }

    /** Whether this conversation is set aside now (its customer had gone while it waited). */
    public boolean isAbandoned(ConversationId id) {
        return jdbc.sql("select count(*) from conversations where id = ? and abandoned_at is not null")
                .param(id.value()).query(Integer.class).single() > 0;
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
