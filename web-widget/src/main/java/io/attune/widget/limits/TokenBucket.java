package io.attune.widget.limits;

import java.time.Duration;

/** A token bucket: up to {@code capacity} at once, refilled at {@code perSecond}. Thread-safe. */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    TokenBucket(double capacity, double perSecond, long nowNanos) {
        this.capacity = capacity;
        this.perNano = perSecond / 1_000_000_000.0;
        this.tokens = capacity;
        this.last = nowNanos;
    }

    /** Takes one token, or says how long until one is there (nothing taken then). */
    synchronized Duration take(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - last) * perNano);
        last = nowNanos;
        if (tokens < 1) {
            return Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
        }
        tokens -= 1;
        return Duration.ZERO;
    }

    boolean tryTake(long nowNanos) {
        return take(nowNanos).isZero();
    }
}
