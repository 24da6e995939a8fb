package io.attune.admin.analytics;

import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.event.EngineEvent.AgentJoined;
import io.attune.engine.event.EngineEvent.ConversationClosed;
import io.attune.engine.event.EngineEvent.HandoffRequested;
import io.attune.engine.handoff.HandoffReason;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The analytics page's live figures as Micrometer meters (actuator: /actuator/metrics, /actuator/prometheus):
 * {@code attune.handoffs} by reason, {@code attune.handoff.wait} from handoff to an agent joining, and
 * {@code attune.conversations.closed} by who closed and whether the bot handled it alone. Per instance;
 * the page's charts read the database, which covers every instance.
 */
@Component
class LiveFigures {

    private static final Logger log = LoggerFactory.getLogger(LiveFigures.class);

    private final MeterRegistry meters;
    private final ConversationEngine engine;

    LiveFigures(MeterRegistry meters, ConversationEngine engine) {
        this.meters = meters;
        this.engine = engine;
    }

    @EventListener
    void handedOver(HandoffRequested event) {
        event.decision().reasons().stream().map(HandoffReason::kind).distinct()
                .forEach(kind -> meters.counter("attune.handoffs", "reason", tag(kind)).increment());
    }

    @EventListener
    void agentJoined(AgentJoined event) {
        snapshot(event.conversationId()).filter(s -> s.handoff() != null && s.handoff().joinedAt() != null)
                .ifPresent(s -> meters.timer("attune.handoff.wait")
                        .record(Duration.between(s.handoff().at(), s.handoff().joinedAt())));
    }

    @EventListener
    void closed(ConversationClosed event) {
        snapshot(event.conversationId()).ifPresent(s -> meters.counter("attune.conversations.closed",
                "by", tag(event.by()), "contained", String.valueOf(s.handoff() == null)).increment());
    }

    /** Figures must never disturb a conversation: a failed look-up costs one measurement, nothing more. */
    private Optional<ConversationSnapshot> snapshot(ConversationId id) {
        try {
            return engine.snapshot(id);
        } catch (RuntimeException e) {
            log.warn("No live figures for conversation {}", id, e);
            return Optional.empty();
        }
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
