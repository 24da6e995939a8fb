package io.attune.console.assignment;

import io.attune.console.ConsoleDestinations;
import io.attune.engine.event.EngineEvent;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.stereotype.Component;

/**
 * Keeps each agent's "My conversations" live: when a conversation is claimed by or transferred to an agent,
 * or handed back by one, that agent's console gets what they hold now (over the broker, so on any instance).
 */
@Component
class HeldConversationsRelay {

    /**
     * @param joined the conversation that just came to this agent; null when one left them
     */
    record Held(String type, List<HeldConversation> conversations, String joined) {
    }

    private final AgentConversations held;
    private final SimpMessageSendingOperations broker;

    HeldConversationsRelay(AgentConversations held, SimpMessageSendingOperations broker) {
        this.held = held;
        this.broker = broker;
    }

    @EventListener
    void on(EngineEvent.AgentJoined e) {
        send(e.agentUsername(), e.conversationId().toString());
    }

    @EventListener
    void on(EngineEvent.HandedBack e) {
        send(e.agentUsername(), null);
    }

    private void send(String username, String joined) {
        broker.convertAndSend(ConsoleDestinations.agentTopic(username),
                new Held("held", held.heldBy(username), joined));
    }
}
