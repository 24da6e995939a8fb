package io.attune.app;

import io.attune.engine.ConversationEngine;
import io.attune.engine.EngineException;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ClosedBy;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes conversations nobody has written in for {@code attune.engine.inactivity-timeout}. Safe with
 * several instances: the engine closes each under its row lock, and a second close is refused.
 */
@Component
class InactivityCloser {

    private static final Logger log = LoggerFactory.getLogger(InactivityCloser.class);
    private static final String IDLE = "SELECT id FROM conversations WHERE state IN "
            + "('BOT_ANSWERING','BOT_CLARIFYING','WAITING_FOR_AGENT','WITH_AGENT','SURVEY') AND updated_at < ?";

    private final JdbcTemplate jdbc;
    private final ConversationEngine engine;
    private final EngineProperties properties;
    private final Clock clock;

    InactivityCloser(JdbcTemplate jdbc, ConversationEngine engine, EngineProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${attune.engine.inactivity-check:1m}", initialDelayString = "${attune.engine.inactivity-check:1m}")
    void closeIdle() {
        Timestamp before = Timestamp.from(clock.instant().minus(properties.inactivityTimeout()));
        List<UUID> idle = jdbc.queryForList(IDLE, UUID.class, before);
        for (UUID id : idle) {
            try {
                engine.close(new ConversationId(id), ClosedBy.INACTIVITY, null);
            } catch (EngineException e) {
                log.debug("conversation {} was not closed for inactivity: {}", id, e.getMessage());
            }
        }
    }
}
