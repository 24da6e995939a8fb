package io.attune.console.coaching;

import io.attune.console.agent.AgentPrincipal;
import io.attune.console.agent.Role;
import io.attune.engine.ConversationEngine;
import io.attune.engine.EngineException;
import io.attune.engine.coaching.DraftReview;
import io.attune.engine.coaching.DraftReviewer;
import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.EmotionReading;
import org.springframework.stereotype.Service;

/** Reviews a draft against the reading of the customer's latest turn, for the agent who holds it or an admin. */
@Service
class DraftReviews {

    private final ConversationEngine engine;
    private final DraftReviewer reviewer;
    private final CoachingProperties properties;

    DraftReviews(ConversationEngine engine, CoachingProperties properties) {
        this.engine = engine;
        this.properties = properties;
        this.reviewer = new DraftReviewer(properties.rules());
    }

    /**
     * @throws EngineException "invalid" for a missing or too long draft, "unknown-conversation", or
     *                         "not-assigned" for an agent who does not hold the conversation
     */
    DraftReview review(ConversationId id, AgentPrincipal agent, String draft) {
        if (draft == null) {
            throw new EngineException("invalid", "The draft needs a \"text\".");
        }
        if (draft.length() > properties.maxDraftLength()) {
            throw new EngineException("invalid", "A draft is at most " + properties.maxDraftLength() + " characters.");
        }
        Conversation c = engine.find(id).orElseThrow(EngineException::unknownConversation);
        ConversationSnapshot s = c.snapshot();
        boolean holds = s.state() == ConversationState.WITH_AGENT && agent.getUsername().equals(s.agentUsername());
        if (!holds && agent.getRole() != Role.ADMIN) {
            throw EngineException.notAssigned();
        }
        EmotionReading mood = c.customerTurns().stream().reduce((a, b) -> b).map(Turn::reading).orElse(null);
        return reviewer.review(draft, mood);
    }
}
