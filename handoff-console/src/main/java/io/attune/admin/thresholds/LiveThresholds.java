package io.attune.admin.thresholds;

import io.attune.app.HandoffDefaults;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.handoff.ThresholdsSource;
import io.attune.storage.SettingsRow.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The thresholds in force, as the admin last saved them. The engine asks on every customer turn, so
 * the values are cached; at most once per {@code attune.admin.thresholds.recheck} the cache reads the
 * stored version number (one indexed row) and reloads only when another instance changed it. A change
 * saved here takes effect on this instance at once and on the others within the recheck interval.
 */
@Component
@Primary
class LiveThresholds implements ThresholdsSource {

    private static final Logger log = LoggerFactory.getLogger(LiveThresholds.class);
    static final String SEEDED_BY = "application.yml";

    private final StoredThresholds store;
    private final HandoffThresholds defaults;
    private final long recheckNanos;
    private final int historySize;
    private volatile Cached cached;

    LiveThresholds(StoredThresholds store, HandoffDefaults defaults, ThresholdsProperties properties) {
        this.store = store;
        this.defaults = defaults.thresholds();
        this.recheckNanos = properties.recheck().toNanos();
        this.historySize = properties.historySize();
    }

    @Override
    public HandoffThresholds current() {
        return versioned().settings();
    }

    /** The thresholds in force with the version an edit must be based on. */
    Versioned<HandoffThresholds> versioned() {
        Cached c = cached;
        if (c == null || System.nanoTime() - c.checkedAt() >= recheckNanos) {
            c = refresh(c);
        }
        return c.value();
    }

    /**
     * Saves new thresholds if nobody changed them since {@code basedOn}; they apply at once.
     *
     * @return the new version, or empty when another admin saved first (the page then shows theirs)
     */
    Optional<Long> change(long basedOn, HandoffThresholds next, String by) {
        Optional<Long> version = store.replace(basedOn, next, by, Instant.now());
        version.ifPresent(v -> cached = new Cached(new Versioned<>(v, next), System.nanoTime()));
        return version;
    }

    List<ThresholdChange> history() {
        return store.history(historySize);
    }

    private Cached refresh(Cached previous) {
        try {
            Optional<Long> version = store.version();
            Versioned<HandoffThresholds> value;
            if (previous != null && version.isPresent() && version.get() == previous.value().version()) {
                value = previous.value();
            } else {
                if (version.isEmpty()) {
                    store.seed(defaults, SEEDED_BY, Instant.now());
                }
                value = store.load().orElseThrow();
            }
            Cached next = new Cached(value, System.nanoTime());
            cached = next;
            return next;
        } catch (DataAccessException e) {
            if (previous == null) {
                throw e;
            }
            // Keep answering customers with the last known thresholds while the database is unreachable.
            log.warn("Could not recheck the handoff thresholds; keeping version {}", previous.value().version(), e);
            return previous;
        }
    }

    private record Cached(Versioned<HandoffThresholds> value, long checkedAt) {
    }
}
