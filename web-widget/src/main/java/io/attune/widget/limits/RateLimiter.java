package io.attune.widget.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * One {@link Rate} kept per key (a client address, a conversation, a connection). Remembers at most
 * {@code keys} keys, each until it has been idle for its period (its bucket is full again by then),
 * so a flood of new keys costs bounded memory. Each instance counts on its own.
 */
public final class RateLimiter {

    private final Rate rate;
    private final Cache<String, TokenBucket> buckets;
    private final LongSupplier nanoTime;

    public RateLimiter(Rate rate, int keys) {
        this(rate, keys, System::nanoTime);
    }

    RateLimiter(Rate rate, int keys, LongSupplier nanoTime) {
        this.rate = rate;
        this.nanoTime = nanoTime;
        this.buckets = Caffeine.newBuilder().maximumSize(keys).expireAfterAccess(rate.per()).build();
    }

    /** Counts one for {@code key}: zero when allowed, else how long until the next one would be. */
    public Duration take(String key) {
        long now = nanoTime.getAsLong();
        return buckets.get(key, k -> new TokenBucket(rate.count(), rate.perSecond(), now)).take(now);
    }

    public boolean tryTake(String key) {
        return take(key).isZero();
    }

    /** Forgets {@code key}, e.g. a connection that has closed. */
    public void forget(String key) {
        buckets.invalidate(key);
    }

    public Rate rate() {
        return rate;
    }
}
