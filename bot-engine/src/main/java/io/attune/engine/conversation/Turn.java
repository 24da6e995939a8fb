package io.attune.engine.conversation;

import io.attune.engine.emotion.EmotionReading;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message in a conversation, as stored and shown.
 *
 * @param seq          1-based sequence number within the conversation, gapless
 * @param author       who wrote it
 * @param authorName   shown name ("Attune assistant", the agent's display name, the customer's name or null)
 * @param text         plain text, never HTML
 * @param at           when it was stored
 * @param clientId     the sender's id for this message (dedupes retried sends); null for bot and system turns
 * @param reading      the emotion reading, for customer turns only (null otherwise)
 * @param intent       the intent the bot recognised in a customer turn, or that a bot turn answered; may be null
 * @param quickReplies choices offered with a bot turn; empty otherwise
 */
public record Turn(long seq, Author author, String authorName, String text, Instant at, String clientId,
                   EmotionReading reading, String intent, List<QuickReply> quickReplies) {

    public Turn {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }

    /** How upset the customer was at this turn ({@link EmotionReading#upset()}); 0 for a turn without a reading. */
    public double upset() {
        return reading == null ? 0.0 : reading.upset();
    }

    public boolean fromCustomer() {
        return author == Author.CUSTOMER;
    }
}
