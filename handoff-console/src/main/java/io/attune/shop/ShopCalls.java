package io.attune.shop;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.ResourceAccessException;

/**
 * How {@link HttpShop} calls the shop (Resilience4j): a read that failed for a reason that may pass (a 5xx, a
 * timeout, a broken connection) is tried again after a growing wait; a write is sent once, since the bot cannot
 * know whether a failed cancellation was carried out. Every request goes through one circuit breaker: after
 * {@link ShopProperties.Breaker#failuresToOpen()} failed requests in a row the shop is not called for
 * {@link ShopProperties.Breaker#openFor()}, so customers hear at once that it can't be reached instead of each
 * waiting out the timeouts (and holding their conversation's lock) against a shop that is down.
 */
final class ShopCalls {

    private static final Logger log = LoggerFactory.getLogger(ShopCalls.class);

    /** The shop answered, with an error that tells the bot nothing; {@code passing}: a 5xx, worth trying again. */
    static final class ShopFailed extends RuntimeException {

        private final boolean passing;

        ShopFailed(String message, boolean passing) {
            super(message, null, false, false);
            this.passing = passing;
        }
    }

    /** The shop is not being called now: it failed too often of late. */
    static final class NotCalled extends RuntimeException {

        NotCalled(CallNotPermittedException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private final Retry retry;
    private final CircuitBreaker breaker;

    ShopCalls(ShopProperties.Retry retrying, ShopProperties.Breaker breaking, Clock clock) {
        retry = Retry.of("shop", RetryConfig.custom().maxAttempts(retrying.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(retrying.firstBackoff(), retrying.multiplier()))
                .retryOnException(ShopCalls::mayPass).build());
        breaker = CircuitBreaker.of("shop", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaking.failuresToOpen()).minimumNumberOfCalls(breaking.failuresToOpen())
                .failureRateThreshold(100).waitDurationInOpenState(breaking.openFor())
                .permittedNumberOfCallsInHalfOpenState(1).clock(clock).build());
        breaker.getEventPublisher().onStateTransition(e -> log.warn("The shop's circuit breaker went {}",
                e.getStateTransition()));
    }

    /** An idempotent read: tried again on failures that may pass. */
    <T> T read(Supplier<T> call) {
        return notCalledWhenOpen(Retry.decorateSupplier(retry, breaker.decorateSupplier(call)));
    }

    /** A request that changes something at the shop: sent once. */
    <T> T write(Supplier<T> call) {
        return notCalledWhenOpen(breaker.decorateSupplier(call));
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }

    private static <T> T notCalledWhenOpen(Supplier<T> call) {
        try {
            return call.get();
        } catch (CallNotPermittedException e) {
            throw new NotCalled(e);
        }
    }

    private static boolean mayPass(Throwable e) {
        return e instanceof ShopFailed failed ? failed.passing : e instanceof ResourceAccessException;
    }
}
