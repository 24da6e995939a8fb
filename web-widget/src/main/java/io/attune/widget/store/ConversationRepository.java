package io.attune.widget.store;

import io.attune.engine.conversation.ConversationState;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ConversationRepository extends JpaRepository<ConversationEntity, UUID> {

    /** SELECT ... FOR UPDATE: held until the surrounding transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ConversationEntity c where c.id = :id")
    Optional<ConversationEntity> lockById(UUID id);

    @Query("select c.id from ConversationEntity c where c.state = :state order by c.handoffAt, c.id")
    List<UUID> idsInState(ConversationState state);
}
