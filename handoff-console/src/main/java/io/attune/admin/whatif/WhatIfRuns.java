package io.attune.admin.whatif;

import io.attune.admin.whatif.WhatIfStatus.State;
import io.attune.engine.handoff.HandoffPolicy;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.handoff.ThresholdsSource;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs what-ifs in the background, one at a time, so the page can show progress and a long replay never
 * holds a web request. Runs live in this instance's memory: the page polls the instance that started it.
 */
@Service
public class WhatIfRuns {

    private static final Logger log = LoggerFactory.getLogger(WhatIfRuns.class);
    /** Conversations read before their replay is spread over the cores; also the progress bar's step. */
    private static final int BATCH = 500;

    private final ConversationHistory history;
    private final ThresholdsSource thresholds;
    private final WhatIfProperties properties;
    private final HandoffPolicy policy = new HandoffPolicy();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "what-if"));
    private final Map<String, Run> runs;

    WhatIfRuns(ConversationHistory history, ThresholdsSource thresholds, WhatIfProperties properties) {
        this.history = history;
        this.thresholds = thresholds;
        this.properties = properties;
        this.runs = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Run> eldest) {
                return size() > properties.keptResults();
            }
        };
    }

    /** Queues a replay of the stored conversations under {@code candidate}; empty when too many are pending. */
    public synchronized Optional<String> start(HandoffThresholds candidate) {
        long pending = runs.values().stream().filter(r -> !r.finished()).count();
        if (pending >= properties.maxPending()) {
            return Optional.empty();
        }
        Run run = new Run(UUID.randomUUID().toString(), thresholds.current(), candidate);
        runs.put(run.id, run);
        executor.execute(() -> execute(run));
        return Optional.of(run.id);
    }

    public synchronized Optional<WhatIfStatus> status(String id) {
        return Optional.ofNullable(runs.get(id)).map(Run::status);
    }

    /** Replays every stored conversation now, on the caller's thread: for benchmarks and tests. */
    WhatIfResult replayNow(HandoffThresholds current, HandoffThresholds candidate, AtomicInteger progress) {
        long started = System.nanoTime();
        WhatIfReplay replay = new WhatIfReplay(policy, current, candidate, properties.listLimit());
        List<StoredConversation> batch = new ArrayList<>(BATCH);
        history.forEach(c -> {
            batch.add(c);
            if (batch.size() == BATCH) {
                replayBatch(replay, batch, progress);
            }
        });
        replayBatch(replay, batch, progress);
        return replay.result((System.nanoTime() - started) / 1_000_000);
    }

    /** The policy work of a batch runs on every core; the counts are then added in order, on this thread. */
    private static void replayBatch(WhatIfReplay replay, List<StoredConversation> batch, AtomicInteger progress) {
        batch.parallelStream().map(replay::replay).toList().forEach(replay::record);
        progress.addAndGet(batch.size());
        batch.clear();
    }

    private void execute(Run run) {
        try {
            run.total = history.countWithCustomerTurns();
            run.state = State.RUNNING;
            run.result = replayNow(run.current, run.candidate, run.done);
            run.state = State.DONE;
        } catch (RuntimeException e) {
            log.error("What-if {} failed", run.id, e);
            run.error = "The replay failed: " + e.getClass().getSimpleName() + ". The log has the details.";
            run.state = State.FAILED;
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private static final class Run {

        private final String id;
        private final HandoffThresholds current;
        private final HandoffThresholds candidate;
        private final AtomicInteger done = new AtomicInteger();
        private volatile int total;
        private volatile State state = State.QUEUED;
        private volatile WhatIfResult result;
        private volatile String error;

        Run(String id, HandoffThresholds current, HandoffThresholds candidate) {
            this.id = id;
            this.current = current;
            this.candidate = candidate;
        }

        boolean finished() {
            return state == State.DONE || state == State.FAILED;
        }

        WhatIfStatus status() {
            return new WhatIfStatus(id, state, done.get(), total, result, error);
        }
    }
}
