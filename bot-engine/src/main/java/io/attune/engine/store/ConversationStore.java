package io.attune.engine.store;

import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.Turn;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where conversations are kept. The engine calls every method that writes inside {@link #locked}.
 * Implementations: {@link InMemoryConversationStore} (tests, replays) and the JPA store of the
 * running application.
 */
public interface ConversationStore {

    void create(ConversationSnapshot snapshot);

    Optional<ConversationSnapshot> find(ConversationId id);

    /** Replaces the stored snapshot (not the turns). */
    void update(ConversationSnapshot snapshot);

    /** Stores one turn; its seq is the conversation's next number. */
    void append(ConversationId id, Turn turn);

    /** All turns in seq order. */
    List<Turn> turns(ConversationId id);

    /** Turns with a seq greater than {@code afterSeq}, in order. */
    List<Turn> turnsAfter(ConversationId id, long afterSeq);

    /** The last {@code limit} turns (all when there are fewer), in order. */
    List<Turn> recentTurns(ConversationId id, int limit);

    /** The snapshot with its last {@code limit} turns, read together (in one transaction where there are any). */
    default Optional<Conversation> recent(ConversationId id, int limit) {
        return find(id).map(s -> new Conversation(s, recentTurns(id, limit)));
    }

    /** The turn that a sender stored under this client id, if any (a retried send). */
    Optional<Turn> turnByClientId(ConversationId id, String clientId);

    /**
     * Runs {@code work} in one transaction while holding this conversation's lock, so that two
     * changes to one conversation never interleave (across instances too: a database row lock).
     */
    <T> T locked(ConversationId id, Supplier<T> work);
}
