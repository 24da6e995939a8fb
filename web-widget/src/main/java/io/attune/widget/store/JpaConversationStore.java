package io.attune.widget.store;

import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.Turn;
import io.attune.engine.store.ConversationStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The running application's {@link ConversationStore}: JPA over the Flyway schema. {@link #locked}
 * takes a row lock on the conversation (SELECT ... FOR UPDATE), so it serialises changes across
 * application instances sharing the database.
 */
@Repository
@Transactional
class JpaConversationStore implements ConversationStore {

    private final ConversationRepository conversations;
    private final TurnRows turns;
    private final EntityManager entityManager;

    JpaConversationStore(ConversationRepository conversations, TurnRows turns, EntityManager entityManager) {
        this.conversations = conversations;
        this.turns = turns;
        this.entityManager = entityManager;
    }

    @Override
    public void create(ConversationSnapshot snapshot) {
        entityManager.persist(ConversationEntity.of(snapshot));
        entityManager.flush();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ConversationSnapshot> find(ConversationId id) {
        return conversations.findById(id.value()).map(ConversationEntity::toSnapshot);
    }

    @Override
    public void update(ConversationSnapshot snapshot) {
        ConversationEntity entity = conversations.findById(snapshot.id().value())
                .orElseThrow(() -> new IllegalStateException("no such conversation: " + snapshot.id()));
        entity.apply(snapshot);
        entityManager.flush();
    }

    /** Flushed at once, so a duplicate seq or client id fails here rather than at commit. */
    @Override
    public void append(ConversationId id, Turn turn) {
        try {
            turns.insert(id, turn);
        } catch (DataIntegrityViolationException e) {
            throw new DataIntegrityViolationException(
                    "turn " + turn.seq() + " or client id " + turn.clientId() + " already stored in " + id, e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Turn> turns(ConversationId id) {
        return turnsAfter(id, 0);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Turn> turnsAfter(ConversationId id, long afterSeq) {
        return turns.after(id, afterSeq);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Turn> recentTurns(ConversationId id, int limit) {
        return turns.last(id, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Conversation> recent(ConversationId id, int limit) {
        return ConversationStore.super.recent(id, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Turn> turnByClientId(ConversationId id, String clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        return turns.byClientId(id, clientId);
    }

    @Override
    public <T> T locked(ConversationId id, Supplier<T> work) {
        // SELECT ... FOR UPDATE by primary key, held until the transaction ends; the row stays in the
        // persistence context, so the work's own reads of the snapshot cost no further query.
        entityManager.find(ConversationEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
        return work.get();
    }
}
