package io.attune.widget.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TurnRepository extends JpaRepository<TurnEntity, TurnEntity.Key> {

    List<TurnEntity> findByConversationIdAndSeqGreaterThanOrderBySeq(UUID conversationId, long afterSeq);

    Optional<TurnEntity> findByConversationIdAndClientId(UUID conversationId, String clientId);
}
