package io.attune.widget.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.Turn;
import io.attune.engine.event.EngineEvent;
import io.attune.widget.store.CustomerPresenceRows;
import io.attune.widget.store.PresenceRowsFixture;
import io.attune.widget.store.PresenceSweepStep;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** What a customer's messages cost in the database, and that the presence sweep still tells who left. */
class CustomerPresenceTests {

    private static final Instant T0 = Instant.parse("2026-12-03T12:00:00Z");
    private static final PresenceProperties RULES =
            new PresenceProperties(Duration.ofMinutes(3), Duration.ofSeconds(30), Duration.ofSeconds(30), 200);

    private final JdbcDataSource database = new JdbcDataSource();
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private CustomerPresenceRows rows;
    private CustomerPresence presence;

    @BeforeEach
    void start() {
        database.setURL("jdbc:h2:mem:presence-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).load().migrate();
        rows = spy(PresenceRowsFixture.rows(database));
        Clock clock = mock(Clock.class);
        when(clock.instant()).thenAnswer(call -> now.get());
        presence = new CustomerPresence(rows, RULES, event -> { },
                new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class));
    }

    @Test
    void aCustomerWritingEverySecondCostsOneUpdateAHeartbeatAndStaysWhileTheOneWhoLeftIsSetAside() {
        ConversationId writes = ConversationId.newId();
        ConversationId left = ConversationId.newId();
        PresenceRowsFixture.waiting(database, writes, T0);
        PresenceRowsFixture.waiting(database, left, T0);
        rows.seen(writes, T0);
        rows.seen(left, T0);

        for (int second = 1; second <= 240; second++) {
            now.set(T0.plusSeconds(second));
            presence.wrote(customerTurn(writes, second));
        }

        verify(rows, times(240 / 30)).wrote(eq(writes), any());
        PresenceSweepStep sweep = new PresenceSweepStep(rows, RULES);
        Instant lastMessage = now.get();
        assertThat(sweep.sweep(lastMessage.plus(RULES.timeout()).minus(RULES.heartbeat())))
                .as("the writer's last-seen time lags their last message by under a heartbeat")
                .containsExactly(left);
        assertThat(rows.isAbandoned(writes)).isFalse();
        assertThat(rows.isAbandoned(left)).isTrue();
    }

    private static EngineEvent.TurnRecorded customerTurn(ConversationId id, int seq) {
        Turn turn = new Turn(seq, Author.CUSTOMER, "Ana", "message " + seq, T0.plusSeconds(seq), "c" + seq,
                null, null, null);
        return new EngineEvent.TurnRecorded(id, turn, ConversationSnapshot.started(id, "Ana", T0));
    }
}
