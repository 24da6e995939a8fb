package io.attune.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in slows brute force ({@code attune.limits.login.*}). Throttling is per user and address,
 * and per address over all users, never per user alone: an attacker elsewhere cannot lock the admin out.
 *
 * @param freeAttempts        wrong passwords one user may give from one address before waiting
 * @param addressFreeAttempts wrong passwords one address may give for any users before waiting
 * @param firstWait           the wait after the first failure past the free ones; it doubles with each further one
 * @param longestWait         the longest wait
 */
@ConfigurationProperties("attune.limits.login")
public record LoginLimits(@DefaultValue("5") int freeAttempts, @DefaultValue("20") int addressFreeAttempts,
                          @DefaultValue("1s") Duration firstWait, @DefaultValue("15m") Duration longestWait) {

    public LoginLimits {
        if (freeAttempts < 1 || addressFreeAttempts < 1 || firstWait.isNegative() || longestWait.compareTo(firstWait) < 0) {
            throw new IllegalArgumentException("attune.limits.login: free attempts at least 1, first-wait <= longest-wait");
        }
    }

    /** The wait after {@code failures} wrong passwords when {@code free} are allowed: zero, then doubling. */
    Duration waitAfter(int failures, int free) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free - 1, 30);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
