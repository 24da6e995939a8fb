package io.attune.engine.event;

import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.Turn;
import io.attune.engine.handoff.HandoffDecision;

/**
 * What happened to a conversation, announced by the engine after it is stored. Relays in the web
 * modules listen and send to the right STOMP destinations; the engine knows nothing of them.
 */
public sealed interface EngineEvent {

    ConversationId conversationId();

    /**
     * A turn was stored (customer, bot, agent or system).
     *
     * @param conversation the conversation's snapshot once the change that stored it was made, so that
     *                     listeners need not read it again
     */
    record TurnRecorded(ConversationId conversationId, Turn turn, ConversationSnapshot conversation)
            implements EngineEvent {

        public ConversationState state() {
            return conversation.state();
        }
    }

    /** The life-cycle state changed. */
    record StateChanged(ConversationId conversationId, ConversationState from, ConversationState to)
            implements EngineEvent {
    }

    /**
     * The conversation now waits for a person. The summary the agent reads is made when they open it
     * ({@code ConversationEngine.summarize}), from every turn up to then.
     */
    record HandoffRequested(ConversationId conversationId, HandoffDecision decision, long atSeq)
            implements EngineEvent {
    }

    /** An agent took the conversation. */
    record AgentJoined(ConversationId conversationId, String agentUsername, String agentDisplayName)
            implements EngineEvent {
    }

    /** The agent gave the conversation back to the bot. */
    record HandedBack(ConversationId conversationId, String agentUsername) implements EngineEvent {
    }

    /** The conversation ended (it moves to the survey, then closed). */
    record ConversationClosed(ConversationId conversationId, ClosedBy by, String note) implements EngineEvent {
    }
}
