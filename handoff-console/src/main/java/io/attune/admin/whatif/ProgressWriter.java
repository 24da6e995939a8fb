package io.attune.admin.whatif;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntConsumer;

/**
 * Writes a running replay's progress to the database at most once per interval: a replay of thousands of
 * conversations takes a second or two, and the page polls four times a second, so writing every batch would
 * only load the database. Not thread-safe: the replay's own thread calls it.
 */
final class ProgressWriter implements IntConsumer {

    private final String id;
    private final StoredRuns store;
    private final Clock clock;
    private final Duration every;
    private Instant lastWrite;

    /** Call it right after the run's state was written, which counts as the first write. */
    ProgressWriter(String id, StoredRuns store, Clock clock, Duration every) {
        this.id = id;
        this.store = store;
        this.clock = clock;
        this.every = every;
        this.lastWrite = clock.instant();
    }

    /** {@code done}: conversations replayed so far. */
    @Override
    public void accept(int done) {
        Instant now = clock.instant();
        if (Duration.between(lastWrite, now).compareTo(every) >= 0) {
            store.progress(id, done, now);
            lastWrite = now;
        }
    }
}
