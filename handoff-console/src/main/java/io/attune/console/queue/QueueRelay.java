package io.attune.console.queue;

import io.attune.console.ConsoleDestinations;
import io.attune.console.load.LoadsChanged;
import io.attune.console.offline.OfflineMessagesChanged;
import io.attune.console.presence.PresenceChanged;
import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.event.EngineEvent;
import io.attune.widget.presence.WaitingLineChanged;
import io.attune.widget.customer.CustomerDetailsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/** Pushes the whole queue to every console whenever its content may have changed. */
@Component
class QueueRelay {

    private final ConsoleQueue queue;
    private final SimpMessagingTemplate messaging;

    QueueRelay(ConsoleQueue queue, SimpMessagingTemplate messaging) {
        this.queue = queue;
        this.messaging = messaging;
    }

    @EventListener
    void on(EngineEvent event) {
        boolean queueChanged = event instanceof EngineEvent.HandoffRequested
                || event instanceof EngineEvent.AgentJoined
                || event instanceof EngineEvent.StateChanged s && (s.from() == ConversationState.WAITING_FOR_AGENT
                        || s.to() == ConversationState.WAITING_FOR_AGENT)
                // a waiting customer wrote again: the queue's preview shows what they said last
                || event instanceof EngineEvent.TurnRecorded t && t.turn().author() == Author.CUSTOMER
                        && t.conversation().state() == ConversationState.WAITING_FOR_AGENT;
        if (queueChanged) {
            push();
        }
    }

    @EventListener({OfflineMessagesChanged.class, PresenceChanged.class, WaitingLineChanged.class, LoadsChanged.class,
            CustomerDetailsChanged.class})
    void push() {
        messaging.convertAndSend(ConsoleDestinations.QUEUE, queue.current());
    }
}
