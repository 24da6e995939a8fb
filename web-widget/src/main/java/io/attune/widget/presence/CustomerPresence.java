package io.attune.widget.presence;

import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.event.EngineEvent;
import io.attune.widget.CustomerAuthentication;
import io.attune.widget.store.CustomerPresenceRows;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;
import org.springframework.web.socket.messaging.SessionSubscribeEvent;

/**
 * Keeps track of whether each customer is still there, across instances, through the database only: a
 * customer's connect, subscribe, message and disconnect record them as seen; every {@code heartbeat} this
 * instance records the customers still connected to it; every {@code sweep} it sets aside the waiting
 * conversations nobody has been connected to for {@code timeout} (they leave the agents' queue and the wait
 * estimate). A customer who comes back before the conversation closes for inactivity rejoins the line at their
 * place. Scheduling is switched on by the application around the widget.
 *
 * <p>A customer's messages move their last-seen time only when it would move by a heartbeat or more since this
 * instance last recorded it: a chatty customer costs one UPDATE a heartbeat, not one per message. The sweep
 * sees the same: a customer who writes is connected here, so the heartbeat and, when they go, the disconnect record
 * them at once; only if this instance dies is their last message up to a heartbeat older in the database.
 */
@Component
public class CustomerPresence {

    /** This instance's open customer connections: session id to conversation. */
    private final Map<String, ConversationId> connected = new ConcurrentHashMap<>();
    /**
     * When this instance last stored each customer as seen, for the last heartbeat (pruned each heartbeat): a message
     * within one heartbeat of that is not stored again (at 200 turns/s a customer writes every few seconds, and each
     * UPDATE is a commit of its own, on H2 a file write), so the stored time lags the last message by under a
     * heartbeat; the sweep's timeout is at least two.
     */
    private final Map<ConversationId, Instant> recorded = new ConcurrentHashMap<>();
    private final CustomerPresenceRows rows;
    private final PresenceProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerPresence(CustomerPresenceRows rows, PresenceProperties properties, ApplicationEventPublisher events,
                     ObjectProvider<Clock> clock) {
        this.rows = rows;
        this.properties = properties;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @EventListener
    void connected(SessionConnectedEvent event) {
        customer(event.getUser()).ifPresent(id -> {
            connected.put(StompHeaderAccessor.wrap(event.getMessage()).getSessionId(), id);
            seen(id);
        });
    }

    @EventListener
    void subscribed(SessionSubscribeEvent event) {
        customer(event.getUser()).ifPresent(this::seen);
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        ConversationId id = connected.remove(event.getSessionId());
        if (id != null) {
            seen(id);
        }
    }

    @EventListener
    void wrote(EngineEvent.TurnRecorded event) {
        if (event.turn().author() != Author.CUSTOMER) {
            return;
        }
        Instant now = clock.instant();
        Instant last = recorded.get(event.conversationId());
        if (last == null || !now.isBefore(last.plus(properties.heartbeat()))) {
            rows.wrote(event.conversationId(), now);
            recorded.put(event.conversationId(), now);
        }
    }

    @Scheduled(fixedDelayString = "${attune.widget.presence.heartbeat:30s}")
    void heartbeat() {
        Instant now = clock.instant();
        recorded.values().removeIf(at -> at.isBefore(now.minus(properties.heartbeat())));
        if (!connected.isEmpty()) {
            List<ConversationId> stillThere = List.copyOf(connected.values());
            rows.stillSeen(stillThere, now);
            stillThere.forEach(id -> recorded.put(id, now));
        }
    }

    @Scheduled(fixedDelayString = "${attune.widget.presence.sweep:30s}", initialDelayString = "${attune.widget.presence.sweep:30s}")
    void sweep() {
        Instant now = clock.instant();
        for (ConversationId id : rows.abandonWaitingUnseenSince(now.minus(properties.timeout()), now, properties.batch())) {
            events.publishEvent(new WaitingLineChanged(id, true));
        }
    }

    private void seen(ConversationId id) {
        Instant now = clock.instant();
        boolean rejoined = rows.seen(id, now);
        recorded.put(id, now);
        if (rejoined) {
            events.publishEvent(new WaitingLineChanged(id, false));
        }
    }

    private static Optional<ConversationId> customer(Principal user) {
        return user instanceof CustomerAuthentication customer
                ? Optional.of(customer.getPrincipal().conversationId()) : Optional.empty();
    }
}
