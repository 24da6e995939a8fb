package io.attune.admin.whatif;

import io.attune.storage.StoredJson;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.handoff.PolicyTurn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Reads the widget's stored conversations (tables {@code conversations} and {@code turns}) read-only,
 * streaming one conversation at a time so that a replay of many thousands never holds them all.
 */
@Repository
class ConversationHistory {

    /** Ordered by the turns' primary key (conversation_id, seq), so the database reads its index instead of sorting. */
    private static final String CUSTOMER_TURNS = """
            SELECT t.conversation_id, c.customer_name, c.handoff_needed, t.reading, t.intent
            FROM turns t JOIN conversations c ON c.id = t.conversation_id
            WHERE t.author = 'CUSTOMER'
            ORDER BY t.conversation_id, t.seq""";

    private final JdbcTemplate jdbc;

    ConversationHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Conversations in which the customer said anything: the ones a replay can hand over. */
    int countWithCustomerTurns() {
        Integer n = jdbc.queryForObject("SELECT COUNT(DISTINCT conversation_id) FROM turns WHERE author = 'CUSTOMER'",
                Integer.class);
        return n == null ? 0 : n;
    }

    /** Calls {@code each} once per conversation with customer turns, in id order. */
    void forEach(Consumer<StoredConversation> each) {
        Collector collector = new Collector(each);
        jdbc.query(con -> {
            var statement = con.prepareStatement(CUSTOMER_TURNS);
            statement.setFetchSize(2_000);
            return statement;
        }, collector);
        collector.flush();
    }

    private EmotionReading reading(String text) {
        if (text == null || text.isBlank()) {
            return EmotionReading.neutral();
        }
        return StoredJson.read(text, EmotionReading.class);
    }

    /** Groups the joined rows back into conversations; rows arrive ordered by conversation. */
    private final class Collector implements RowCallbackHandler {

        private final Consumer<StoredConversation> each;
        private String id;
        private String customerName;
        private Boolean needed;
        private List<PolicyTurn> turns = new ArrayList<>();

        Collector(Consumer<StoredConversation> each) {
            this.each = each;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            String rowId = rs.getString(1);
            if (!rowId.equals(id)) {
                flush();
                id = rowId;
                customerName = rs.getString(2);
                boolean marked = rs.getBoolean(3);
                needed = rs.wasNull() ? null : marked;
            }
            turns.add(new PolicyTurn(reading(rs.getString(4)), PolicyTurn.understood(rs.getString(5))));
        }

        void flush() {
            if (id != null) {
                each.accept(new StoredConversation(id, customerName, needed, turns));
                turns = new ArrayList<>();
                id = null;
            }
        }
    }
}
