package io.attune.console.notes;

import io.attune.engine.conversation.ConversationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code conversation_notes} (migration V160). */
@Repository
class NoteRows {

    private final JdbcClient jdbc;

    NoteRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Note note) {
        jdbc.sql("insert into conversation_notes (id, conversation_id, author_username, author_name, text, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(note.id(), note.conversationId(), note.authorUsername(), note.authorName(), note.text(),
                        OffsetDateTime.ofInstant(note.at(), ZoneOffset.UTC))
                .update();
    }

    Optional<Note> find(ConversationId conversation, String noteId) {
        return jdbc.sql("select * from conversation_notes where conversation_id = ? and id = ?")
                .params(conversation.toString(), noteId).query(NoteRows::map).optional();
    }

    void update(Note note) {
        jdbc.sql("update conversation_notes set text = ?, edited_at = ? where id = ?")
                .params(note.text(), OffsetDateTime.ofInstant(note.editedAt(), ZoneOffset.UTC), note.id()).update();
    }

    void delete(Note note) {
        jdbc.sql("delete from conversation_notes where id = ?").param(note.id()).update();
    }

    /** Oldest first, as the transcript reads. */
    List<Note> of(ConversationId conversation) {
        return jdbc.sql("select * from conversation_notes where conversation_id = ? order by created_at, id")
                .param(conversation.toString()).query(NoteRows::map).list();
    }

    private static Note map(ResultSet rs, int row) throws SQLException {
        return new Note(rs.getString("id"), rs.getString("conversation_id"), rs.getString("author_username"),
                rs.getString("author_name"), rs.getString("text"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("edited_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                        .orElse(null));
    }
}
