package io.attune.widget.store;

import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.EmotionReading;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code turns}; never changed once written. */
@Entity
@Table(name = "turns")
@IdClass(TurnEntity.Key.class)
class TurnEntity {

    @Id
    private UUID conversationId;
    @Id
    private long seq;
    @Enumerated(EnumType.STRING)
    private Author author;
    private String authorName;
    private String text;
    private Instant at;
    private String clientId;
    private String reading;
    private String intent;
    private String quickReplies;

    protected TurnEntity() {
    }

    static TurnEntity of(UUID conversationId, Turn turn) {
        TurnEntity e = new TurnEntity();
        e.conversationId = conversationId;
        e.seq = turn.seq();
        e.author = turn.author();
        e.authorName = turn.authorName();
        e.text = turn.text();
        e.at = turn.at();
        e.clientId = turn.clientId();
        e.reading = Json.write(turn.reading());
        e.intent = turn.intent();
        e.quickReplies = Json.write(turn.quickReplies());
        return e;
    }

    Turn toTurn() {
        return new Turn(seq, author, authorName, text, at, clientId, Json.read(reading, EmotionReading.class), intent,
                Json.readQuickReplies(quickReplies));
    }

    /** The composite primary key (conversation_id, seq). */
    static class Key implements Serializable {

        private UUID conversationId;
        private long seq;

        protected Key() {
        }

        Key(UUID conversationId, long seq) {
            this.conversationId = conversationId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && seq == k.seq && Objects.equals(conversationId, k.conversationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(conversationId, seq);
        }
    }
}
