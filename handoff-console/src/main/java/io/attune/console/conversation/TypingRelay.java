package io.attune.console.conversation;

import io.attune.console.ConsoleDestinations;
import io.attune.console.conversation.ConsoleSignals.Typing;
import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ConversationId;
import io.attune.widget.TypingChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Typing is not stored and does not go through the engine. Both sides announce it as a
 * {@link TypingChanged} event: the widget's relay shows the agent's to the customer, this one shows
 * everyone's on the console topic (the customer's to the agent, the agent's to an admin watching).
 */
@Component
class TypingRelay {

    private final ApplicationEventPublisher events;
    private final SimpMessagingTemplate messaging;

    TypingRelay(ApplicationEventPublisher events, SimpMessagingTemplate messaging) {
        this.events = events;
        this.messaging = messaging;
    }

    void agentTyping(ConversationId id, boolean typing) {
        events.publishEvent(new TypingChanged(id, Author.AGENT, typing));
    }

    @EventListener
    void on(TypingChanged event) {
        messaging.convertAndSend(ConsoleDestinations.topic(event.conversationId()),
                new Typing(event.author().name(), event.typing()));
    }
}
