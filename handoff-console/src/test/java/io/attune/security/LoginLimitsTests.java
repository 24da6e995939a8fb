package io.attune.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginLimitsTests {

    private final LoginLimits limits = new LoginLimits(5, 20, Duration.ofSeconds(1), Duration.ofMinutes(15));

    @Test
    void theFreeAttemptsCostNothingThenTheWaitDoublesUpToTheLongest() {
        assertThat(limits.waitAfter(5, 5)).isZero();
        assertThat(limits.waitAfter(6, 5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(limits.waitAfter(7, 5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(limits.waitAfter(10, 5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(limits.waitAfter(25, 5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(limits.waitAfter(10_000, 5)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aUserNameIsLoggedOnOneLineWithoutControlCharacters() {
        assertThat(LoginThrottle.printable("admin\r\nINFO forged line")).isEqualTo("admin??INFO forged line");
        assertThat(LoginThrottle.printable("x".repeat(100))).hasSize(65);
    }
}
