package io.attune.admin.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import io.attune.engine.conversation.Conversation;
import io.attune.admin.SeededConversations;
import io.attune.admin.SeededConversations.Seed;
import io.attune.admin.whatif.WhatIfStatus.State;
import io.attune.engine.handoff.HandoffPolicy;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.handoff.ThresholdsSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

/**
 * The what-if over conversations stored in the widget's tables, run in the background as the page runs it,
 * its progress and result kept in the database.
 */
@JdbcTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ConversationHistory.class, StoredRuns.class, WhatIfRuns.class, WhatIfRunsTests.InForce.class})
@EnableConfigurationProperties(WhatIfProperties.class)
class WhatIfRunsTests {

    private static final HandoffThresholds CURRENT = HandoffThresholds.defaults();
    private static final HandoffThresholds STRICTER =
            new HandoffThresholds(0.5, 0.55, 0.75, 0.80, 1, -0.3, 2, -0.35, 2, true, true, 0.75, 0.30, 0.60, 0.20);

    @TestConfiguration
    static class InForce {
        @Bean
        ThresholdsSource thresholdsInForce() {
            return () -> CURRENT;
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    WhatIfRuns runs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConversationHistory history;

    @Autowired
    StoredRuns store;

    @Autowired
    WhatIfProperties properties;

    private final HandoffPolicy policy = new HandoffPolicy();
    private final List<Seed> stored = Conversations.seeds(400, new Random(7));

    @BeforeEach
    void storeConversations() {
        SeededConversations seeded = new SeededConversations(jdbc);
        seeded.deleteAll();
        seeded.store(stored);
    }

    private WhatIfResult runToTheEnd(HandoffThresholds candidate) {
        return awaitDone(runs, runs.start(candidate).orElseThrow()).result();
    }

    private static WhatIfStatus awaitDone(WhatIfRuns instance, String id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> instance.status(id).orElseThrow().state() == State.DONE);
        WhatIfStatus done = instance.status(id).orElseThrow();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.done()).isEqualTo(done.total()).isEqualTo(400);
        return done;
    }

    /** What the engine's policy does with the stored transcripts, computed here from the data this test stored. */
    private long handedOffBy(HandoffThresholds t, Boolean needed) {
        return stored.stream()
                .filter(s -> needed == null || needed.equals(s.snapshot().handoffNeeded()))
                .filter(s -> policy.firstHandoff(Conversation.policyTurnsOf(s.turns()), t).isPresent()).count();
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

    @Test
    void anotherInstanceOnTheSameDatabaseFollowsTheRunToItsResult() {
        WhatIfRuns otherInstance = new WhatIfRuns(history, store, () -> CURRENT, properties, Clock.systemUTC());
        try {
            String id = runs.start(STRICTER).orElseThrow();

            WhatIfStatus seenByTheOther = awaitDone(otherInstance, id);

            assertThat(seenByTheOther).isEqualTo(runs.status(id).orElseThrow());
            assertThat(seenByTheOther.result().candidate().handoffs()).isEqualTo(handedOffBy(STRICTER, null));
        } finally {
            otherInstance.stop();
        }
    }

    @Test
    void anUnknownRunIsNotFound() {
        assertThat(runs.status("no-such-run")).isEmpty();
    }

    /** An instance whose replay cannot begin until {@code release} opens: its runs stay unfinished meanwhile. */
    private WhatIfRuns instanceStuckUntil(CountDownLatch release, Clock clock) {
        ConversationHistory stuck = mock(ConversationHistory.class);
        given(stuck.countWithCustomerTurns()).willAnswer(call -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
            return 0;
        });
        return new WhatIfRuns(stuck, store, () -> CURRENT, properties, clock);
    }

    @Test
    void aRunWaitingOnALiveInstanceIsKeptAliveByItsHeartbeat() {
        HandClock clock = new HandClock();
        CountDownLatch release = new CountDownLatch(1);
        WhatIfRuns instance = instanceStuckUntil(release, clock);
        try {
            String id = instance.start(STRICTER).orElseThrow();
            Duration twoThirds = properties.heartbeatTimeout().multipliedBy(2).dividedBy(3);

            clock.advance(twoThirds);
            instance.heartbeat();
            clock.advance(twoThirds);

            assertThat(instance.status(id).orElseThrow().state()).isEqualTo(State.QUEUED);
        } finally {
            release.countDown();
            instance.stop();
        }
    }

    @Test
    void aStoppingInstanceReportsItsRunsStoppedAtOnce() {
        CountDownLatch release = new CountDownLatch(1);
        WhatIfRuns instance = instanceStuckUntil(release, Clock.systemUTC());
        String id = instance.start(STRICTER).orElseThrow();

        instance.stop();
        release.countDown();

        WhatIfStatus seenElsewhere = runs.status(id).orElseThrow();
        assertThat(seenElsewhere.state()).isEqualTo(State.FAILED);
        assertThat(seenElsewhere.error()).isEqualTo("The instance running this what-if stopped; start it again.");
    }

    @Test
    void refusesMoreRunsThanMaxPendingOnOneInstanceUntilOneEnds() {
        CountDownLatch release = new CountDownLatch(1);
        WhatIfRuns instance = instanceStuckUntil(release, Clock.systemUTC());
        try {
            for (int i = 0; i < properties.maxPending(); i++) {
                assertThat(instance.start(STRICTER)).isPresent();
            }
            assertThat(instance.start(STRICTER)).isEmpty();
            assertThat(runs.start(STRICTER)).as("another instance has its own limit").isPresent();

            release.countDown();

            await().atMost(Duration.ofSeconds(30)).until(() -> instance.start(STRICTER).isPresent());
        } finally {
            release.countDown();
            instance.stop();
        }
    }
}
