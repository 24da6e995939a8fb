package io.attune.console.assignment;

import io.attune.console.ConsoleProperties;
import io.attune.console.agent.AgentPrincipal;
import io.attune.engine.ConversationEngine;
import io.attune.engine.EngineException;
import io.attune.engine.conversation.ConversationId;
import org.springframework.stereotype.Service;

/**
 * An agent takes a waiting conversation. The engine makes the claim itself atomic (row lock: a
 * second agent is told who was first); this adds the per-agent limit.
 */
@Service
class ClaimService {

    private final ConversationEngine engine;
    private final AgentConversations held;
    private final ConsoleProperties properties;

    ClaimService(ConversationEngine engine, AgentConversations held, ConsoleProperties properties) {
        this.engine = engine;
        this.held = held;
        this.properties = properties;
    }

    /** @throws EngineException "already-claimed" (another agent was first), "too-many", "unknown-conversation" */
    void claim(ConversationId id, AgentPrincipal agent) {
        int max = properties.maxConversationsPerAgent();
        if (held.countHeldBy(agent.getUsername()) >= max) {
            throw new EngineException("too-many", "You already have " + max + " conversations open. "
                    + "Close or hand one back before taking another.");
        }
        engine.agentJoins(id, agent.getUsername(), agent.getDisplayName());
    }
}
