package io.attune.admin.analytics;

import io.attune.storage.StoredJson;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.handoff.HandoffDecision;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the widget's {@code conversations} and {@code turns} tables, read-only, for the analytics. */
@Repository
class AnalyticsQueries {

    /** The states in which a conversation has ended (not {@link ConversationState#isOpen()}). */
    private static final String ENDED = "('SURVEY', 'CLOSED')";

    private final JdbcTemplate jdbc;

    AnalyticsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One started conversation, as far as the figures need it; {@code abandoned}: its customer left while it
     * waited for a person and never came back ({@code abandoned_at}, set by the widget's presence sweep).
     */
    record Row(Instant startedAt, boolean ended, HandoffDecision handoff, Instant handoffAt, Instant joinedAt,
               Integer rating, boolean abandoned) {
    }

    void conversationsSince(Instant since, Consumer<Row> each) {
        jdbc.query("SELECT started_at, state, handoff_decision, handoff_at, handoff_joined_at, survey_rating, "
                + "abandoned_at FROM conversations WHERE started_at >= ?", rs -> {
                    int stored = rs.getInt(6);
                    Integer rating = rs.wasNull() ? null : stored;
                    each.accept(new Row(rs.getTimestamp(1).toInstant(), !ConversationState.valueOf(rs.getString(2)).isOpen(),
                            StoredJson.read(rs.getString(3), HandoffDecision.class), instant(rs.getTimestamp(4)),
                            instant(rs.getTimestamp(5)), rating, rs.getTimestamp(7) != null));
                }, Timestamp.from(since));
    }

    /** The reading of the customer turn that triggered each handoff. */
    List<EmotionReading> readingsAtHandoff(Instant since) {
        return jdbc.query("SELECT t.reading FROM conversations c JOIN turns t ON t.conversation_id = c.id "
                        + "AND t.seq = c.handoff_at_seq WHERE c.started_at >= ? AND t.reading IS NOT NULL",
                (rs, n) -> StoredJson.read(rs.getString(1), EmotionReading.class), Timestamp.from(since));
    }

    /** The reading of each ended conversation's last customer turn. */
    List<EmotionReading> readingsAtClose(Instant since) {
        return jdbc.query("SELECT t.reading FROM conversations c JOIN turns t ON t.conversation_id = c.id "
                        + "WHERE c.started_at >= ? AND c.state IN " + ENDED + " AND t.reading IS NOT NULL "
                        + "AND t.seq = (SELECT MAX(l.seq) FROM turns l WHERE l.conversation_id = c.id AND l.author = 'CUSTOMER')",
                (rs, n) -> StoredJson.read(rs.getString(1), EmotionReading.class), Timestamp.from(since));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
