package io.attune.console.presence;

import io.attune.console.ConsoleProperties;
import jakarta.annotation.PreDestroy;
import java.security.Principal;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/** An agent is online while a console WebSocket session of theirs is open (customers are not tracked). */
@Component
class PresenceTracker {

    private final AgentSessions sessions;
    private final ConsoleProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PresenceTracker(AgentSessions sessions, ConsoleProperties properties, ApplicationEventPublisher events,
                    Clock clock) {
        this.sessions = sessions;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void connected(SessionConnectedEvent event) {
        if (isConsoleUser(event.getUser())) {
            sessions.opened(StompHeaderAccessor.wrap(event.getMessage()).getSessionId(), event.getUser().getName(),
                    clock.instant());
            events.publishEvent(new PresenceChanged());
        }
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        if (isConsoleUser(event.getUser())) {
            sessions.closed(event.getSessionId());
            events.publishEvent(new PresenceChanged());
        }
    }

    @Scheduled(fixedDelayString = "${attune.console.presence-refresh:30s}")
    void refresh() {
        sessions.refresh(clock.instant());
        sessions.forgetOlderThan(clock.instant().minus(properties.presenceTimeout().multipliedBy(10)));
    }

    @PreDestroy
    void shutdown() {
        sessions.forgetMine();
    }

    static boolean isConsoleUser(Principal user) {
        return user instanceof Authentication auth && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_AGENT") || a.getAuthority().equals("ROLE_ADMIN"));
    }
}
