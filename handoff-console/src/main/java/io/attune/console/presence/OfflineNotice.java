package io.attune.console.presence;

import io.attune.engine.event.EngineEvent;
import io.attune.widget.CustomerDestinations;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * When a conversation is handed over while no person can answer (outside the hours, or nobody
 * online), the customer is told so honestly and offered to leave a message, instead of waiting in a
 * line nobody serves. Runs after the widget's own relay, so this status is the one the customer sees.
 */
@Component
class OfflineNotice {

    private final AgentAvailability availability;
    private final SimpMessagingTemplate messaging;

    OfflineNotice(AgentAvailability availability, SimpMessagingTemplate messaging) {
        this.availability = availability;
        this.messaging = messaging;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void handedOver(EngineEvent.HandoffRequested event) {
        Availability now = availability.now();
        if (!now.available()) {
            messaging.convertAndSend(CustomerDestinations.topic(event.conversationId()), new Status(now.message()));
        }
    }

    /** The customer protocol's status event, with the two fields the widget needs to offer the form. */
    record Status(String type, String state, String text, boolean agentsAvailable, boolean leaveMessage) {
        Status(String text) {
            this("status", "WAITING_FOR_AGENT", text, false, true);
        }
    }
}
