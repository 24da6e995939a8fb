package io.attune.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.EmotionReading;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores conversations in the widget's tables the way its JPA store writes them (enums as names, readings
 * and decisions as Jackson JSON), in batches: the admin tests and the what-if benchmark need thousands.
 */
public final class SeededConversations {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private final JdbcTemplate jdbc;

    public SeededConversations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored conversation: its snapshot and all its turns. */
    public record Seed(ConversationSnapshot snapshot, List<Turn> turns) {
    }

    public static Turn customer(long seq, Instant at, EmotionReading reading, String intent) {
        return new Turn(seq, Author.CUSTOMER, "Customer", "customer message " + seq, at, "c-" + seq, reading, intent,
                List.of());
    }

    public static Turn bot(long seq, Instant at) {
        return new Turn(seq, Author.BOT, "Attune assistant", "bot answer " + seq, at, null, null, null, List.of());
    }

    public void store(List<Seed> seeds) {
        List<Object[]> conversations = new ArrayList<>();
        List<Object[]> turns = new ArrayList<>();
        for (Seed seed : seeds) {
            ConversationSnapshot s = seed.snapshot();
            var h = s.handoff();
            conversations.add(new Object[] {s.id().value(), s.state().name(), s.customerName(), ts(s.startedAt()),
                ts(s.updatedAt()), s.agentUsername(), s.agentDisplayName(), h == null ? null : json(h.decision()),
                h == null ? null : h.atSeq(), h == null ? null : ts(h.at()), h == null ? null : ts(h.joinedAt()),
                s.botFailures(), s.survey() == null ? null : s.survey().rating(),
                s.survey() == null ? null : s.survey().comment(), s.survey() == null ? null : ts(s.survey().at()),
                s.closedBy() == null ? null : s.closedBy().name(), s.handoffNeeded()});
            for (Turn t : seed.turns()) {
                turns.add(new Object[] {s.id().value(), t.seq(), t.author().name(), t.authorName(), t.text(), ts(t.at()),
                    t.clientId(), t.reading() == null ? null : json(t.reading()), t.intent()});
            }
        }
        jdbc.batchUpdate("INSERT INTO conversations (id, state, customer_name, started_at, updated_at, agent_username, "
                + "agent_display_name, handoff_decision, handoff_at_seq, handoff_at, handoff_joined_at, bot_failures, "
                + "survey_rating, survey_comment, survey_at, closed_by, handoff_needed) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", conversations);
        jdbc.batchUpdate("INSERT INTO turns (conversation_id, seq, author, author_name, text, at, client_id, reading, "
                + "intent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", turns);
    }

    public void deleteAll() {
        jdbc.update("DELETE FROM turns");
        jdbc.update("DELETE FROM conversations");
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
