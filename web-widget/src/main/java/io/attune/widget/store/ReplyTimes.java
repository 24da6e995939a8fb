package io.attune.widget.store;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long customers really wait for a person: the median time from a handoff to an agent joining, over the
 * last week's handoffs that a person took. Read at most once a minute; none yet when nobody was served.
 */
@Component
public class ReplyTimes {

    static final Duration WINDOW = Duration.ofDays(7);
    /** The most recent joins are enough for a median, and bound the read. */
    static final int LATEST = 500;

    private final ConversationRepository conversations;
    private final Clock clock;
    private final LoadingCache<String, Optional<Duration>> median;

    ReplyTimes(ConversationRepository conversations, ObjectProvider<Clock> clock) {
        this.conversations = conversations;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.median = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).build(key -> measure());
    }

    /** The median wait for a person in the last week, if a person took any handoff in it. */
    public Optional<Duration> typicalWait() {
        return median.get("median");
    }

    private Optional<Duration> measure() {
        return medianSince(clock.instant().minus(WINDOW));
    }

    /** The median wait of handoffs made since then and taken by a person. */
    @Transactional(readOnly = true)
    Optional<Duration> medianSince(Instant since) {
        List<Duration> waits = conversations.joinedSince(since, PageRequest.of(0, LATEST)).stream()
                .map(c -> Duration.between(c.handoffAt(), c.joinedAt())).filter(d -> !d.isNegative()).sorted()
                .toList();
        return waits.isEmpty() ? Optional.empty() : Optional.of(waits.get(waits.size() / 2));
    }
}
