package io.attune.admin.whatif;

import io.attune.engine.handoff.HandoffPolicy;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.handoff.ThresholdsSource;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Runs what-ifs in the background, one at a time, so the page can show progress and a long replay never
 * holds a web request. The replay runs on the instance that started it (it is CPU work); its state,
 * progress and result are in the database ({@link StoredRuns}), so any instance answers the page's polls.
 */
@Service
public class WhatIfRuns {

    private static final Logger log = LoggerFactory.getLogger(WhatIfRuns.class);
    /** Conversations read before their replay is spread over the cores; also the progress bar's step. */
    private static final int BATCH = 500;

    /** This process, so that it keeps alive only its own runs. */
    private final String instanceId = UUID.randomUUID().toString();
    private final ConversationHistory history;
    private final StoredRuns store;
    private final ThresholdsSource thresholds;
    private final WhatIfProperties properties;
    private final Clock clock;
    private final HandoffPolicy policy = new HandoffPolicy();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "what-if"));
    /** Runs of this instance queued or running. */
    private final AtomicInteger pending = new AtomicInteger();

    WhatIfRuns(ConversationHistory history, StoredRuns store, ThresholdsSource thresholds, WhatIfProperties properties,
               Clock clock) {
        this.history = history;
        this.store = store;
        this.thresholds = thresholds;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues a replay of the stored conversations under {@code candidate}; empty when too many are pending here. */
    public synchronized Optional<String> start(HandoffThresholds candidate) {
        if (pending.get() >= properties.maxPending()) {
            return Optional.empty();
        }
        HandoffThresholds current = thresholds.current();
        String id = UUID.randomUUID().toString();
        store.queued(id, instanceId, clock.instant());
        store.keepMostRecent(properties.keptResults(), aliveSince());
        pending.incrementAndGet();
        executor.execute(() -> execute(id, current, candidate));
        return Optional.of(id);
    }

    /** A run started on any instance, as the database has it. */
    public Optional<WhatIfStatus> status(String id) {
        return store.find(id).map(run -> run.status(aliveSince()));
    }

    /** Tells the other instances that this one is still at its unfinished runs (none: no query). */
    @Scheduled(fixedDelayString = "${attune.admin.what-if.heartbeat:5s}")
    void heartbeat() {
        if (pending.get() > 0) {
            store.heartbeat(instanceId, clock.instant());
        }
    }

    /**
     * Replays every stored conversation now, on the caller's thread; {@code progress} is told how many are done
     * after each batch.
     */
    private WhatIfResult replayNow(HandoffThresholds current, HandoffThresholds candidate, IntConsumer progress) {
        long started = System.nanoTime();
        WhatIfReplay replay = new WhatIfReplay(policy, current, candidate, properties.listLimit());
        List<StoredConversation> batch = new ArrayList<>(BATCH);
        int[] done = {0};
        history.forEach(c -> {
            batch.add(c);
            if (batch.size() == BATCH) {
                done[0] += replayBatch(replay, batch);
                progress.accept(done[0]);
            }
        });
        done[0] += replayBatch(replay, batch);
        progress.accept(done[0]);
        return replay.result((System.nanoTime() - started) / 1_000_000);
    }

    /** The policy work of a batch runs on every core; the counts are then added in order, on this thread. */
    private static int replayBatch(WhatIfReplay replay, List<StoredConversation> batch) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the instance is stopping");
        }
        batch.parallelStream().map(replay::replay).toList().forEach(replay::record);
        int replayed = batch.size();
        batch.clear();
        return replayed;
    }

    private void execute(String id, HandoffThresholds current, HandoffThresholds candidate) {
        try {
            int total = history.countWithCustomerTurns();
            store.running(id, total, clock.instant());
            WhatIfResult result = replayNow(current, candidate,
                    new ProgressWriter(id, store, clock, properties.progressInterval()));
            store.done(id, result.conversations(), result, clock.instant());
        } catch (CancellationException stopping) {
            log.info("What-if {} abandoned: the instance is stopping", id);
        } catch (RuntimeException e) {
            log.error("What-if {} failed", id, e);
            fail(id, "The replay failed: " + e.getClass().getSimpleName() + ". The log has the details.");
        } finally {
            pending.decrementAndGet();
        }
    }

    private void fail(String id, String error) {
        try {
            store.failed(id, error, clock.instant());
        } catch (DataAccessException e) {
            // Nothing more to do: without heartbeats the run is reported failed once the timeout passes.
            log.warn("Could not mark what-if {} failed", id, e);
        }
    }

    private Instant aliveSince() {
        return clock.instant().minus(properties.heartbeatTimeout());
    }

    /** The runs of a stopping instance end now, instead of after the heartbeat timeout. */
    @PreDestroy
    void stop() {
        executor.shutdownNow();
        if (pending.get() > 0) {
            try {
                store.failUnfinished(instanceId, StoredRun.INSTANCE_STOPPED, clock.instant());
            } catch (DataAccessException e) {
                log.warn("Could not mark this instance's what-ifs stopped; they will time out", e);
            }
        }
    }
}
