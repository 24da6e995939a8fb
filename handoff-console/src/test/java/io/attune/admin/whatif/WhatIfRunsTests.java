package io.attune.admin.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attune.admin.SeededConversations;
import io.attune.admin.SeededConversations.Seed;
import io.attune.admin.whatif.WhatIfStatus.State;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.Turn;
import io.attune.engine.handoff.HandoffPolicy;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.handoff.PolicyTurn;
import io.attune.engine.handoff.ThresholdsSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The what-if over conversations stored in the widget's tables, run in the background as the page runs it. */
@JdbcTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ConversationHistory.class, WhatIfRuns.class, WhatIfRunsTests.InForce.class})
@EnableConfigurationProperties(WhatIfProperties.class)
class WhatIfRunsTests {

    private static final HandoffThresholds CURRENT = HandoffThresholds.defaults();
    private static final HandoffThresholds STRICTER =
            new HandoffThresholds(0.5, 0.55, 0.75, 0.80, 1, -0.3, 2, -0.35, 2, true, true, 0.75);

    @TestConfiguration
    static class InForce {
        @Bean
        ThresholdsSource thresholdsInForce() {
            return () -> CURRENT;
        }
    }

    @Autowired
    WhatIfRuns runs;

    @Autowired
    JdbcTemplate jdbc;

    private final HandoffPolicy policy = new HandoffPolicy();
    private final List<Seed> stored = new ArrayList<>();

    @BeforeEach
    void storeConversations() {
        SeededConversations seeded = new SeededConversations(jdbc);
        seeded.deleteAll();
        Random random = new Random(7);
        Instant start = Instant.parse("2026-11-20T10:00:00Z");
        for (int i = 0; i < 400; i++) {
            Boolean needed = i % 4 == 0 ? Boolean.TRUE : i % 4 == 1 ? Boolean.FALSE : null;
            ConversationSnapshot snapshot = ConversationSnapshot.started(ConversationId.newId(), "Customer " + i, start)
                    .withHandoffNeeded(needed);
            List<Turn> turns = new ArrayList<>();
            for (PolicyTurn p : Conversations.varied(random)) {
                turns.add(SeededConversations.bot(turns.size() + 1, start));
                turns.add(SeededConversations.customer(turns.size() + 1, start, p.reading(),
                        p.understood() ? "track_order" : PolicyTurn.NOT_UNDERSTOOD));
            }
            stored.add(new Seed(snapshot, turns));
        }
        seeded.store(stored);
    }

    private WhatIfResult runToTheEnd(HandoffThresholds candidate) {
        String id = runs.start(candidate).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> runs.status(id).orElseThrow().state() == State.DONE);
        WhatIfStatus done = runs.status(id).orElseThrow();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.done()).isEqualTo(done.total()).isEqualTo(400);
        return done.result();
    }

    /** What the engine's policy does with the stored transcripts, computed here from the data this test stored. */
    private long handedOffBy(HandoffThresholds t, Boolean needed) {
        return stored.stream()
                .filter(s -> needed == null || needed.equals(s.snapshot().handoffNeeded()))
                .filter(s -> policy.firstHandoff(PolicyTurn.fromTurns(s.turns()), t).isPresent()).count();
    }

    @Test
    void stricterThresholdsHandOverMoreOfTheStoredConversations() {
        WhatIfResult result = runToTheEnd(STRICTER);

        assertThat(result.conversations()).isEqualTo(400);
        assertThat(result.current().handoffs()).isEqualTo(handedOffBy(CURRENT, null));
        assertThat(result.candidate().handoffs()).isEqualTo(handedOffBy(STRICTER, null))
                .isGreaterThan(result.current().handoffs());
        assertThat(result.extraHandoffs()).isPositive();
    }

    @Test
    void theThresholdsInForceChangeNothing() {
        WhatIfResult result = runToTheEnd(CURRENT);

        assertThat(result.candidate().handoffs()).isEqualTo(result.current().handoffs());
        assertThat(result.extraHandoffs()).isZero();
        assertThat(result.handedOver()).allSatisfy(h -> assertThat(h.change()).isEqualTo(WhatIfResult.Change.SAME));
    }

    @Test
    void countsCaughtAndFalseAlarmsAgainstWhatAgentsMarked() {
        WhatIfResult result = runToTheEnd(STRICTER);

        WhatIfResult.GroundTruth truth = result.candidate().truth();
        assertThat(truth.needed()).isEqualTo(100);
        assertThat(truth.unneeded()).isEqualTo(100);
        assertThat(truth.caught()).isEqualTo(handedOffBy(STRICTER, true));
        assertThat(truth.falseAlarms()).isEqualTo(handedOffBy(STRICTER, false));
    }

    @Test
    void listsTheStoredConversationsItHandsOverWithTheirCustomer() {
        WhatIfResult result = runToTheEnd(STRICTER);

        List<String> storedIds = stored.stream().map(s -> s.snapshot().id().value().toString()).toList();
        assertThat(result.handedOver()).isNotEmpty().allSatisfy(h -> {
            assertThat(storedIds).contains(h.conversationId());
            assertThat(h.customerName()).startsWith("Customer ");
            assertThat(h.turn()).isPositive();
        });
    }
}
