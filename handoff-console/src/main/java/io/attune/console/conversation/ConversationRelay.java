package io.attune.console.conversation;

import io.attune.console.ConsoleDestinations;
import io.attune.console.conversation.ConsoleSignals.Customer;
import io.attune.console.conversation.ConsoleSignals.Status;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.event.EngineEvent;
import io.attune.widget.customer.CustomerDetailsChanged;
import io.attune.widget.customer.CustomerProfile;
import io.attune.widget.customer.CustomerProfiles;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Pushes what the engine stored to the console topic of its conversation: each turn with its reading
 * (customer turns also with replies fit to it), each change of state or agent, and who the customer is when
 * they tell us mid-chat.
 */
@Component
class ConversationRelay {

    private final SuggestedReplies suggestions;
    private final SimpMessagingTemplate messaging;
    private final ConversationEngine engine;
    private final CustomerProfiles profiles;

    ConversationRelay(SuggestedReplies suggestions, SimpMessagingTemplate messaging, ConversationEngine engine,
                      CustomerProfiles profiles) {
        this.suggestions = suggestions;
        this.messaging = messaging;
        this.engine = engine;
        this.profiles = profiles;
    }

    @EventListener
    void turn(EngineEvent.TurnRecorded event) {
        ConversationSnapshot s = event.conversation();
        long handoffSeq = s.handoff() == null ? -1L : s.handoff().atSeq();
        List<String> fit = event.turn().fromCustomer() ? suggestions.forReading(
                event.turn().reading() == null ? EmotionReading.neutral() : event.turn().reading(),
                s.customerName(), s.agentDisplayName() == null ? "your agent" : s.agentDisplayName()) : List.of();
        send(event, TranscriptLine.of(event.turn(), handoffSeq, fit, engine.linksOf(event.turn())));
    }

    @EventListener
    void state(EngineEvent.StateChanged event) {
        send(event, new Status(event.to(), null, null));
    }

    @EventListener
    void agent(EngineEvent.AgentJoined event) {
        send(event, new Status(ConversationState.WITH_AGENT, event.agentDisplayName(), event.agentUsername()));
    }

    @EventListener
    void customer(CustomerDetailsChanged event) {
        engine.find(event.conversationId()).ifPresent(c -> {
            String name = c.snapshot().customerName();
            CustomerProfile profile = profiles.profile(event.conversationId());
            messaging.convertAndSend(ConsoleDestinations.topic(event.conversationId()), new Customer(
                    name == null ? ConversationView.ANONYMOUS : name, profile.email(), profile.page().inWords()));
        });
    }

    private void send(EngineEvent event, Object payload) {
        messaging.convertAndSend(ConsoleDestinations.topic(event.conversationId()), payload);
    }
}
