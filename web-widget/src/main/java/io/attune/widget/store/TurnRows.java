package io.attune.widget.store;

import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.EmotionReading;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The {@code turns} table in plain SQL. Turns are written once and read on every customer turn, so they
 * skip the ORM's entity life cycle (its share of a turn's CPU was larger than the database's); the
 * statements join the transaction of the {@link JpaConversationStore} call that runs them.
 */
@Component
class TurnRows {

    private static final String COLUMNS = "seq, author, author_name, text, at, client_id, reading, intent, quick_replies";
    private static final RowMapper<Turn> TURN = TurnRows::turn;

    private final JdbcTemplate jdbc;

    TurnRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the seq or the client id is taken */
    void insert(ConversationId id, Turn turn) {
        jdbc.update("insert into turns (conversation_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id.value(), turn.seq(), turn.author().name(), turn.authorName(), turn.text(), turn.at().atOffset(ZoneOffset.UTC),
                turn.clientId(), Json.write(turn.reading()), turn.intent(), Json.write(turn.quickReplies()));
    }

    List<Turn> after(ConversationId id, long afterSeq) {
        return jdbc.query("select " + COLUMNS + " from turns where conversation_id = ? and seq > ? order by seq",
                TURN, id.value(), afterSeq);
    }

    List<Turn> last(ConversationId id, int limit) {
        List<Turn> turns = new ArrayList<>(jdbc.query("select " + COLUMNS
                + " from turns where conversation_id = ? order by seq desc limit ?", TURN, id.value(), limit));
        Collections.reverse(turns);
        return turns;
    }

    Optional<Turn> byClientId(ConversationId id, String clientId) {
        return jdbc.query("select " + COLUMNS + " from turns where conversation_id = ? and client_id = ?", TURN,
                id.value(), clientId).stream().findFirst();
    }

    private static Turn turn(ResultSet rs, int row) throws SQLException {
        return new Turn(rs.getLong("seq"), Author.valueOf(rs.getString("author")), rs.getString("author_name"),
                rs.getString("text"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("client_id"),
                Json.read(rs.getString("reading"), EmotionReading.class), rs.getString("intent"),
                Json.readQuickReplies(rs.getString("quick_replies")));
    }
}
