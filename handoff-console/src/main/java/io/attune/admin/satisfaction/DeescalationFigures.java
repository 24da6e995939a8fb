package io.attune.admin.satisfaction;

import io.attune.storage.StoredJson;
import io.attune.admin.satisfaction.Deescalation.CustomerTurn;
import io.attune.admin.satisfaction.DeescalationSummary.HandedOver;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.handoff.HandoffDecision;
import io.attune.engine.handoff.HandoffReason;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads the handed-over conversations of a period from the widget's tables and judges each one's arc. */
@Service
public class DeescalationFigures {

    static final String NO_AGENT = "(no agent joined)";
    static final String HANDED_BACK = "(handed back to the bot)";

    private final JdbcTemplate jdbc;

    DeescalationFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The conversations started since {@code since} that were handed to a person. */
    public DeescalationSummary since(Instant since) {
        Map<UUID, Stored> stored = new LinkedHashMap<>();
        jdbc.query("SELECT c.id, c.agent_display_name, c.agent_username, c.handoff_decision, c.handoff_at_seq, "
                + "c.handoff_joined_at, c.survey_rating, t.seq, t.at, t.reading FROM conversations c "
                + "LEFT JOIN turns t ON t.conversation_id = c.id AND t.author = 'CUSTOMER' AND t.seq >= c.handoff_at_seq "
                + "WHERE c.started_at >= ? AND c.handoff_at IS NOT NULL ORDER BY c.id, t.seq", rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    Stored s = stored.get(id);
                    if (s == null) {
                        String agent = rs.getString(2) != null ? rs.getString(2) : rs.getString(3);
                        Timestamp joined = rs.getTimestamp(6);
                        int given = rs.getInt(7);
                        Integer rating = rs.wasNull() ? null : given;
                        s = new Stored(agent, reasons(StoredJson.read(rs.getString(4), HandoffDecision.class)),
                                rs.getLong(5), joined == null ? null : joined.toInstant(), rating, new ArrayList<>());
                        stored.put(id, s);
                    }
                    Timestamp at = rs.getTimestamp(9);
                    if (at != null) {
                        EmotionReading reading = StoredJson.read(rs.getString(10), EmotionReading.class);
                        s.turns().add(new CustomerTurn(rs.getLong(8), at.toInstant(), reading == null ? 0.0 : reading.upset()));
                    }
                }, Timestamp.from(since));
        return DeescalationSummary.of(stored.values().stream().map(Stored::judged).toList());
    }

    private static Set<HandoffReason.Kind> reasons(HandoffDecision decision) {
        Set<HandoffReason.Kind> kinds = EnumSet.noneOf(HandoffReason.Kind.class);
        if (decision != null) {
            decision.reasons().forEach(r -> kinds.add(r.kind()));
        }
        return kinds;
    }

    private record Stored(String agent, Set<HandoffReason.Kind> reasons, long handoffSeq, Instant joinedAt,
                          Integer rating, List<CustomerTurn> turns) {
        HandedOver judged() {
            String who = joinedAt == null ? NO_AGENT : agent == null ? HANDED_BACK : agent;
            return new HandedOver(who, reasons,
                    Deescalation.judge(handoffSeq, joinedAt, turns), rating);
        }
    }
}
