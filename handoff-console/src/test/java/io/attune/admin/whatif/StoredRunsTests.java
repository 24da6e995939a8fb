package io.attune.admin.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.admin.whatif.WhatIfResult.GroundTruth;
import io.attune.admin.whatif.WhatIfResult.HandedOver;
import io.attune.admin.whatif.WhatIfResult.Replay;
import io.attune.admin.whatif.WhatIfStatus.State;
import io.attune.engine.handoff.HandoffReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What any instance reads of a what-if run from table {@code what_if_runs} (Flyway's schema, on H2). */
@JdbcTest
@Import(StoredRuns.class)
class StoredRunsTests {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String HERE = "instance-here";
    private static final String GONE = "instance-gone";

    @Autowired
    StoredRuns store;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noRuns() {
        jdbc.sql("DELETE FROM what_if_runs").update();
    }

    private WhatIfStatus statusNow(String id) {
        return store.find(id).orElseThrow().status(NOW.minus(TIMEOUT));
    }

    private String queued(String instance, Instant at) {
        String id = UUID.randomUUID().toString();
        store.queued(id, instance, at);
        return id;
    }

    private static WhatIfResult result() {
        Replay now = new Replay(2, 0.5, List.of(1, 1, 0, 0, 0, 0, 0, 0, 0, 0),
                Map.of(HandoffReason.Kind.EMOTION, 2), new GroundTruth(1, 1, 1, 0));
        Replay then = new Replay(3, 0.75, List.of(2, 1, 0, 0, 0, 0, 0, 0, 0, 0),
                Map.of(HandoffReason.Kind.EMOTION, 2, HandoffReason.Kind.BOT_FAILURES, 1), new GroundTruth(1, 1, 1, 1));
        return new WhatIfResult(4, now, then, 1, 1, 0, List.of(
                new HandedOver("c-1", "Ann", 2, "Anger 0.81 on 2 turns", true, WhatIfResult.Change.SAME),
                new HandedOver("c-2", null, 1, "Not understood 2 times; \"quoted\" reason", null, WhatIfResult.Change.NEW)),
                1234, List.of(new WhatIfResult.CurvePoint(0.4, 3, new GroundTruth(1, 1, 1, 1)),
                        new WhatIfResult.CurvePoint(5.0, 1, new GroundTruth(1, 0, 1, 0))));
    }

    @Test
    void aRunIsReadBackWithItsProgressAndThenItsWholeResult() {
        String id = queued(HERE, NOW);
        assertThat(statusNow(id)).isEqualTo(new WhatIfStatus(id, State.QUEUED, 0, 0, null, null));

        store.running(id, 4, NOW);
        store.progress(id, 3, NOW);
        assertThat(statusNow(id)).isEqualTo(new WhatIfStatus(id, State.RUNNING, 3, 4, null, null));

        store.done(id, 4, result(), NOW);
        assertThat(statusNow(id)).isEqualTo(new WhatIfStatus(id, State.DONE, 4, 4, result(), null));
    }

    @Test
    void aFailedRunKeepsItsMessage() {
        String id = queued(HERE, NOW);

        store.failed(id, "The replay failed: IllegalStateException. The log has the details.", NOW);

        assertThat(statusNow(id).state()).isEqualTo(State.FAILED);
        assertThat(statusNow(id).error()).isEqualTo("The replay failed: IllegalStateException. The log has the details.");
    }

    @Test
    void anUnfinishedRunNotHeardOfForLongerThanTheTimeoutIsShownFailedBecauseItsInstanceStopped() {
        String running = queued(GONE, NOW.minusSeconds(60));
        store.running(running, 400, NOW.minus(TIMEOUT).minusMillis(1));
        String waiting = queued(GONE, NOW.minus(TIMEOUT).minusMillis(1));

        for (String id : List.of(running, waiting)) {
            WhatIfStatus status = statusNow(id);
            assertThat(status.state()).isEqualTo(State.FAILED);
            assertThat(status.error()).isEqualTo("The instance running this what-if stopped; start it again.");
        }
    }

    @Test
    void anUnfinishedRunHeardOfWithinTheTimeoutIsStillGoing() {
        String id = queued(HERE, NOW.minusSeconds(60));
        store.running(id, 400, NOW.minusSeconds(40));
        store.progress(id, 200, NOW.minus(TIMEOUT).plusMillis(1));

        assertThat(statusNow(id)).isEqualTo(new WhatIfStatus(id, State.RUNNING, 200, 400, null, null));
    }

    @Test
    void aFinishedRunStaysFinishedHoweverLongAgo() {
        String id = queued(GONE, NOW.minus(Duration.ofDays(2)));
        store.done(id, 4, result(), NOW.minus(Duration.ofDays(2)));

        assertThat(statusNow(id).state()).isEqualTo(State.DONE);
        assertThat(statusNow(id).result()).isEqualTo(result());
    }

    @Test
    void aFinishedRunNeverChangesAgain() {
        String id = queued(HERE, NOW);
        store.failUnfinished(HERE, StoredRun.INSTANCE_STOPPED, NOW);

        store.running(id, 400, NOW);
        store.progress(id, 200, NOW);
        store.done(id, 400, result(), NOW);

        assertThat(statusNow(id)).isEqualTo(new WhatIfStatus(id, State.FAILED, 0, 0, null, StoredRun.INSTANCE_STOPPED));
    }

    @Test
    void theHeartbeatKeepsAliveTheUnfinishedRunsOfItsInstanceOnly() {
        Instant old = NOW.minusSeconds(60);
        String mine = queued(HERE, old);
        String finished = queued(HERE, old);
        store.failed(finished, "failed long ago", old);
        String theirs = queued(GONE, old);

        assertThat(store.heartbeat(HERE, NOW)).isEqualTo(1);

        assertThat(statusNow(mine).state()).isEqualTo(State.QUEUED);
        assertThat(statusNow(finished).error()).isEqualTo("failed long ago");
        assertThat(statusNow(theirs).error()).isEqualTo(StoredRun.INSTANCE_STOPPED);
    }

    @Test
    void aStoppingInstanceEndsItsUnfinishedRunsAtOnce() {
        String running = queued(HERE, NOW);
        store.running(running, 400, NOW);
        String done = queued(HERE, NOW);
        store.done(done, 4, result(), NOW);
        String theirs = queued(GONE, NOW);

        assertThat(store.failUnfinished(HERE, StoredRun.INSTANCE_STOPPED, NOW)).isEqualTo(1);

        assertThat(statusNow(running).state()).isEqualTo(State.FAILED);
        assertThat(statusNow(running).error()).isEqualTo(StoredRun.INSTANCE_STOPPED);
        assertThat(statusNow(done).state()).isEqualTo(State.DONE);
        assertThat(statusNow(theirs).state()).isEqualTo(State.QUEUED);
    }

    @Test
    void keepsTheMostRecentRunsAndOlderOnesStillGoing() {
        String olderStillRunning = queued(HERE, NOW.minusSeconds(100));
        String olderDead = queued(GONE, NOW.minusSeconds(99));
        for (int i = 0; i < 5; i++) {
            String id = queued(HERE, NOW.minusSeconds(50 - i));
            store.done(id, 4, result(), NOW.minusSeconds(50 - i));
        }
        store.heartbeat(HERE, NOW);

        store.keepMostRecent(3, NOW.minus(TIMEOUT));

        List<Instant> kept = jdbc.sql("SELECT created_at FROM what_if_runs WHERE state = 'DONE' ORDER BY created_at")
                .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).list();
        assertThat(kept).containsExactly(NOW.minusSeconds(48), NOW.minusSeconds(47), NOW.minusSeconds(46));
        assertThat(store.find(olderStillRunning)).isPresent();
        assertThat(store.find(olderDead)).isEmpty();
    }
}
