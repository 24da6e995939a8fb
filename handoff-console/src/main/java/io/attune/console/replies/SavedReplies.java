package io.attune.console.replies;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code saved_replies} (migration V161). */
@Repository
public class SavedReplies {

    private final JdbcClient jdbc;

    SavedReplies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By title, as agents look them up. */
    public List<SavedReply> all() {
        return jdbc.sql("select id, title, text from saved_replies order by lower(title), id")
                .query((rs, row) -> new SavedReply(rs.getString("id"), rs.getString("title"), rs.getString("text")))
                .list();
    }

    SavedReply add(SavedReplyForm form, String admin) {
        SavedReply reply = form.toReply(UUID.randomUUID().toString());
        jdbc.sql("insert into saved_replies (id, title, text, updated_by, updated_at) values (?, ?, ?, ?, ?)")
                .params(reply.id(), reply.title(), reply.text(), admin, now()).update();
        return reply;
    }

    /** @return false when there is no such reply */
    boolean change(String id, SavedReplyForm form, String admin) {
        SavedReply reply = form.toReply(id);
        return jdbc.sql("update saved_replies set title = ?, text = ?, updated_by = ?, updated_at = ? where id = ?")
                .params(reply.title(), reply.text(), admin, now(), id).update() > 0;
    }

    void remove(String id) {
        jdbc.sql("delete from saved_replies where id = ?").param(id).update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
