package io.attune.console.load;

import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.Turn;
import io.attune.engine.event.EngineEvent;
import io.attune.engine.load.ChatIntensity;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps {@link ChatLoads} up to date from the engine's events; then tells the live views that loads changed. */
@Component
class ChatLoadRecorder {

    private final ChatLoads loads;
    private final ConversationEngine engine;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChatLoadRecorder(ChatLoads loads, ConversationEngine engine, ApplicationEventPublisher events, Clock clock) {
        this.loads = loads;
        this.engine = engine;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(EngineEvent event) {
        String id = event.conversationId().toString();
        if (event instanceof EngineEvent.AgentJoined joined) {
            // a transfer ends the previous agent's part; the new agent inherits the conversation's peak so far
            loads.ended(id, clock.instant());
            ChatIntensity upToNow = engine.find(joined.conversationId()).stream()
                    .flatMap(c -> c.customerTurns().stream()).map(Turn::reading).map(ChatIntensity::of)
                    .reduce(ChatIntensity.NONE, ChatIntensity::max);
            loads.held(id, joined.agentUsername(), upToNow, clock.instant());
        } else if (event instanceof EngineEvent.TurnRecorded t && t.turn().author() == Author.CUSTOMER
                && t.conversation().state() == ConversationState.WITH_AGENT) {
            // not announced: the next queue push reads it; a push per customer turn would cost more than it shows
            loads.felt(id, ChatIntensity.of(t.turn().reading()));
            return;
        } else if (event instanceof EngineEvent.HandedBack || event instanceof EngineEvent.ConversationClosed) {
            loads.ended(id, clock.instant());
        } else {
            return;
        }
        events.publishEvent(new LoadsChanged());
    }
}
