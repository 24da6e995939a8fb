package io.attune.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per user and address and per address ({@link LoginLimits}), says how long a
 * sign-in must wait, and writes one audit line per failed or refused sign-in (logger
 * {@code io.attune.audit}). A success clears its user and address. Each instance counts on its own.
 */
@Component
class LoginThrottle {

    private static final Logger audit = LoggerFactory.getLogger("io.attune.audit");
    private static final int MAX_KEYS = 100_000;

    private final LoginLimits limits;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    LoginThrottle(LoginLimits limits, ObjectProvider<Clock> clock) {
        this.limits = limits;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        // Forgotten once quiet for twice the longest wait: a new start after that is fair.
        this.failures = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(limits.longestWait().multipliedBy(2))
                .build();
    }

    /** How long this user at this address must still wait before the password is even checked. */
    Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration pair = remaining(pairKey(username, address), now);
        Duration anyUser = remaining(addressKey(address), now);
        return pair.compareTo(anyUser) >= 0 ? pair : anyUser;
    }

    void refused(String username, String address, Duration wait) {
        audit.warn("sign-in refused without checking the password for user \"{}\" from {}: throttled for {} s more",
                printable(username), printable(address), Math.max(1, wait.toSeconds()));
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        Failures pair = failures.asMap().compute(pairKey(username, address),
                (k, f) -> next(f, limits.waitAfter(count(f) + 1, limits.freeAttempts()), now));
        Failures anyUser = failures.asMap().compute(addressKey(address),
                (k, f) -> next(f, limits.waitAfter(count(f) + 1, limits.addressFreeAttempts()), now));
        Duration wait = Duration.between(now, pair.until().isAfter(anyUser.until()) ? pair.until() : anyUser.until());
        audit.warn("failed sign-in for user \"{}\" from {} ({} in a row for this user here, {} from this address){}",
                printable(username), printable(address), pair.count(), anyUser.count(),
                !wait.isNegative() && !wait.isZero() ? "; next attempt in " + Math.max(1, wait.toSeconds()) + " s" : "");
    }

    void succeeded(String username, String address) {
        failures.invalidate(pairKey(username, address));
    }

    private Duration remaining(String key, Instant now) {
        Failures f = failures.getIfPresent(key);
        return f == null || !f.until().isAfter(now) ? Duration.ZERO : Duration.between(now, f.until());
    }

    private static Failures next(Failures previous, Duration wait, Instant now) {
        return new Failures(count(previous) + 1, now.plus(wait));
    }

    private static int count(Failures f) {
        return f == null ? 0 : f.count();
    }

    private static String pairKey(String username, String address) {
        return "user:" + (username == null ? "" : username.toLowerCase(java.util.Locale.ROOT)) + "|" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** A user name as typed, safe for one log line: no control characters, at most 64 characters. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = text.codePoints().map(c -> Character.isISOControl(c) || c == '"' ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "…" : cleaned;
    }

    private record Failures(int count, Instant until) {
    }
}
