package io.attune.engine.conversation;

import io.attune.engine.event.EngineEvent.ClosedBy;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything about a conversation except its turns, as stored. A {@link Conversation} is restored
 * from a snapshot and its turns.
 *
 * @param handoff       set once the conversation was handed over (kept after hand-back, for analytics)
 * @param flow          the multi-turn flow in progress, or null
 * @param botFailures   answers the bot did not understand, in a row (reset when it understands)
 * @param handoffNeeded ground truth for the admin's what-if: was a person needed? null = not marked
 */
public record ConversationSnapshot(ConversationId id, ConversationState state, String customerName,
                                   Instant startedAt, Instant updatedAt, String agentUsername,
                                   String agentDisplayName, HandoffRecord handoff, FlowState flow,
                                   int botFailures, Survey survey, ClosedBy closedBy, String closeNote,
                                   Boolean handoffNeeded) {

    public ConversationSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
