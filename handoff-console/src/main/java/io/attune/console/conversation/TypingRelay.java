package io.attune.console.conversation;

import io.attune.console.ConsoleDestinations;
import io.attune.console.conversation.ConsoleSignals.Typing;
import io.attune.engine.conversation.ConversationId;
import io.attune.widget.CustomerDestinations;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Typing is not stored and does not go through the engine: it is forwarded as it comes. The agent's
 * typing goes to the customer's topic in the customer protocol's shape, and to the console topic so
 * an admin watching sees it too.
 */
@Component
class TypingRelay {

    private final SimpMessagingTemplate messaging;

    TypingRelay(SimpMessagingTemplate messaging) {
        this.messaging = messaging;
    }

    void agentTyping(ConversationId id, boolean typing) {
        Typing signal = new Typing("AGENT", typing);
        messaging.convertAndSend(CustomerDestinations.topic(id), signal);
        messaging.convertAndSend(ConsoleDestinations.topic(id), signal);
    }
}
