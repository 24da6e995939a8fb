package io.attune.console.presence;

import io.attune.console.ConsoleProperties;
import io.attune.engine.handoff.TeamAvailability;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Whether customers can reach a person now: inside the hours and with at least one agent online. The engine
 * asks at a handoff (so the bot promises no person nobody can be), the widget for a waiting customer's status.
 */
@Service
public class AgentAvailability implements TeamAvailability {

    private final AgentSessions sessions;
    private final ConsoleProperties properties;
    private final Clock clock;

    AgentAvailability(AgentSessions sessions, ConsoleProperties properties, Clock clock) {
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
    }

    public Availability now() {
        ConsoleProperties.Hours hours = properties.hours();
        if (!hours.isOpen(clock.instant())) {
            return new Availability(false, Availability.Reason.OUTSIDE_HOURS,
                    "Our team answers " + hours.describe() + ", and it is outside those hours now. "
                            + "Leave a message with your email or name and we will get back to you.");
        }
        if (onlineAgents().isEmpty()) {
            return new Availability(false, Availability.Reason.NO_AGENT_ONLINE,
                    "No one from our team is online right now. Leave a message with your email or name "
                            + "and we will get back to you as soon as someone is back.");
        }
        return new Availability(true, Availability.Reason.OPEN, null);
    }

    @Override
    public Optional<String> awayMessage() {
        return Optional.ofNullable(now().message());
    }

    /** Usernames of agents with an open console. */
    public List<String> onlineAgents() {
        return sessions.onlineSince(clock.instant().minus(properties.presenceTimeout()));
    }
}
