package io.attune.engine.conversation;

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

    /** A new conversation with the bot. */
    public static ConversationSnapshot started(ConversationId id, String customerName, Instant at) {
        return new ConversationSnapshot(id, ConversationState.BOT_ANSWERING, customerName, at, at, null, null, null,
                null, 0, null, null, null, null);
    }

    public ConversationSnapshot withState(ConversationState next, Instant at) {
        return new ConversationSnapshot(id, next, customerName, startedAt, at, agentUsername, agentDisplayName,
                handoff, flow, botFailures, survey, closedBy, closeNote, handoffNeeded);
    }

    public ConversationSnapshot withAgent(String username, String displayName) {
        return new ConversationSnapshot(id, state, customerName, startedAt, updatedAt, username, displayName,
                handoff, flow, botFailures, survey, closedBy, closeNote, handoffNeeded);
    }

    public ConversationSnapshot withHandoff(HandoffRecord record) {
        return new ConversationSnapshot(id, state, customerName, startedAt, updatedAt, agentUsername,
                agentDisplayName, record, flow, botFailures, survey, closedBy, closeNote, handoffNeeded);
    }

    public ConversationSnapshot withFlow(FlowState next) {
        return new ConversationSnapshot(id, state, customerName, startedAt, updatedAt, agentUsername,
                agentDisplayName, handoff, next, botFailures, survey, closedBy, closeNote, handoffNeeded);
    }

    public ConversationSnapshot withBotFailures(int failures) {
        return new ConversationSnapshot(id, state, customerName, startedAt, updatedAt, agentUsername,
                agentDisplayName, handoff, flow, failures, survey, closedBy, closeNote, handoffNeeded);
    }

    public ConversationSnapshot withSurvey(Survey answer) {
        return new ConversationSnapshot(id, state, customerName, startedAt, updatedAt, agentUsername,
                agentDisplayName, handoff, flow, botFailures, answer, closedBy, closeNote, handoffNeeded);
    }

    public ConversationSnapshot withClosed(ClosedBy by, String note, Boolean needed) {
        return new ConversationSnapshot(id, state, customerName, startedAt, updatedAt, agentUsername,
                agentDisplayName, handoff, flow, botFailures, survey, by, note,
                needed != null ? needed : handoffNeeded);
    }

    /** The name the customer gave (null: they gave none). */
    public ConversationSnapshot withCustomerName(String name) {
        return new ConversationSnapshot(id, state, name, startedAt, updatedAt, agentUsername,
                agentDisplayName, handoff, flow, botFailures, survey, closedBy, closeNote, handoffNeeded);
    }

    public ConversationSnapshot withHandoffNeeded(Boolean needed) {
        return new ConversationSnapshot(id, state, customerName, startedAt, updatedAt, agentUsername,
                agentDisplayName, handoff, flow, botFailures, survey, closedBy, closeNote, needed);
    }
}
