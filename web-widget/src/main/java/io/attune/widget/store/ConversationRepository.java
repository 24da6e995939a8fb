package io.attune.widget.store;

import io.attune.engine.conversation.ConversationState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConversationRepository extends JpaRepository<ConversationEntity, UUID> {

    /** In that state, without the conversations set aside because their customer had gone ({@link CustomerPresenceRows}). */
    @Query("select c.id from ConversationEntity c where c.state = :state and c.abandonedAt is null "
            + "order by c.handoffAt, c.id")
    List<UUID> presentInState(ConversationState state);

    @Query("select new io.attune.widget.store.HandoffJoined(c.handoffAt, c.handoffJoinedAt) from ConversationEntity c "
            + "where c.handoffJoinedAt is not null and c.handoffAt >= :since order by c.handoffJoinedAt desc")
    List<HandoffJoined> joinedSince(Instant since, Pageable page);
}
