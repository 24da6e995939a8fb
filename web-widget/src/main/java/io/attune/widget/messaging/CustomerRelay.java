package io.attune.widget.messaging;

import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.event.EngineEvent;
import io.attune.engine.store.ConversationStore;
import io.attune.widget.CustomerDestinations;
import io.attune.widget.TypingChanged;
import io.attune.widget.messaging.CustomerView.MessageEvent;
import io.attune.widget.messaging.CustomerView.TypingEvent;
import io.attune.widget.presence.WaitingLineChanged;
import io.attune.widget.store.WaitingLine;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.stereotype.Component;

/**
 * Shows customers what happened in their conversation: each stored turn, the state in their words
 * (with their place in line while they wait) and who is typing. Readings and handoff reasons are
 * never sent; a turn is reduced to its {@link MessageEvent}.
 */
@Component
class CustomerRelay {

    private final SimpMessageSendingOperations broker;
    private final ConversationStore store;
    private final CustomerStatuses statuses;
    private final WaitingLine line;
    private final ConversationEngine engine;

    CustomerRelay(SimpMessageSendingOperations broker, ConversationStore store, CustomerStatuses statuses,
                  WaitingLine line, ConversationEngine engine) {
        this.broker = broker;
        this.store = store;
        this.statuses = statuses;
        this.line = line;
        this.engine = engine;
    }

    @EventListener
    void on(EngineEvent.TurnRecorded e) {
        broker.convertAndSend(CustomerDestinations.topic(e.conversationId()), MessageEvent.of(e.turn(), engine.linksOf(e.turn())));
    }

    @EventListener
    void on(EngineEvent.StateChanged e) {
        if (e.to() != ConversationState.WITH_AGENT) {
            sendStatus(e.conversationId());
        }
        if (e.from() == ConversationState.WAITING_FOR_AGENT || e.to() == ConversationState.WAITING_FOR_AGENT) {
            // Everyone behind in line moves up (or a newcomer joins at the back): tell each their place.
            CustomerStatuses.WaitingNow now = statuses.now();
            line.waiting().stream().filter(id -> !id.equals(e.conversationId())).forEach(id -> sendStatus(id, now));
        }
    }

    /**
     * A waiting customer left (or came back): everyone behind them moves (back), and one who came back is
     * told their place again.
     */
    @EventListener
    void on(WaitingLineChanged e) {
        CustomerStatuses.WaitingNow now = statuses.now();
        line.waiting().forEach(id -> sendStatus(id, now));
    }

    /** Covers a claim and a transfer, which changes the name but not the state. */
    @EventListener
    void on(EngineEvent.AgentJoined e) {
        sendStatus(e.conversationId());
    }

    @EventListener
    void on(TypingChanged e) {
        if (e.author() != Author.CUSTOMER) {
            broker.convertAndSend(CustomerDestinations.topic(e.conversationId()), new TypingEvent(e.author(), e.typing()));
        }
    }

    private void sendStatus(ConversationId id) {
        store.find(id).ifPresent(c -> broker.convertAndSend(CustomerDestinations.topic(id), statuses.of(c)));
    }

    private void sendStatus(ConversationId id, CustomerStatuses.WaitingNow now) {
        store.find(id).ifPresent(c -> broker.convertAndSend(CustomerDestinations.topic(id), statuses.of(c, now)));
    }
}
