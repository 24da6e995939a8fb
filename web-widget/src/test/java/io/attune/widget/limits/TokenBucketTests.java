package io.attune.widget.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenBucketTests {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsABurstThenRefusesUntilTheRateRefills() {
        TokenBucket bucket = new TokenBucket(10, 5, 0);

        assertThat(IntStream.range(0, 10).allMatch(i -> bucket.tryTake(0))).isTrue();
        assertThat(bucket.tryTake(0)).isFalse();
        assertThat(bucket.tryTake(SECOND / 5)).isTrue();
        assertThat(bucket.tryTake(SECOND / 5)).isFalse();
    }

    @Test
    void neverSavesUpMoreThanTheBurst() {
        TokenBucket bucket = new TokenBucket(3, 5, 0);

        long later = 60 * SECOND;
        assertThat(IntStream.range(0, 3).allMatch(i -> bucket.tryTake(later))).isTrue();
        assertThat(bucket.tryTake(later)).isFalse();
    }

    @Test
    void aRefusedTakeSaysHowLongUntilTheNextToken() {
        TokenBucket bucket = new TokenBucket(1, 0.5, 0);

        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(java.time.Duration.ofSeconds(2));
        assertThat(bucket.take(SECOND)).isEqualTo(java.time.Duration.ofSeconds(1));
    }
}
