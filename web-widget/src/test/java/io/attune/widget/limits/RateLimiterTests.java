package io.attune.widget.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateLimiterTests {

    private final AtomicLong now = new AtomicLong();

    @Test
    void aRateIsWrittenAsCountSlashPeriod() {
        assertThat(Rate.of("60/10m")).isEqualTo(new Rate(60, Duration.ofMinutes(10)));
        assertThat(Rate.of(" 10 / 2s ")).isEqualTo(new Rate(10, Duration.ofSeconds(2)));
        assertThatThrownBy(() -> Rate.of("60 per minute")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count/period");
        assertThatThrownBy(() -> Rate.of("0/1m")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachKeyHasItsOwnAllowance() {
        RateLimiter limiter = new RateLimiter(Rate.of("3/1m"), 100, now::get);

        assertThat(IntStream.range(0, 3).allMatch(i -> limiter.tryTake("10.0.0.1"))).isTrue();
        assertThat(limiter.take("10.0.0.1")).isEqualTo(Duration.ofSeconds(20));
        assertThat(limiter.tryTake("10.0.0.2")).isTrue();
    }

    @Test
    void theAllowanceComesBackOverThePeriod() {
        RateLimiter limiter = new RateLimiter(Rate.of("3/1m"), 100, now::get);
        IntStream.range(0, 3).forEach(i -> limiter.tryTake("a"));

        now.addAndGet(Duration.ofSeconds(20).toNanos());

        assertThat(limiter.tryTake("a")).isTrue();
        assertThat(limiter.tryTake("a")).isFalse();
    }
}
