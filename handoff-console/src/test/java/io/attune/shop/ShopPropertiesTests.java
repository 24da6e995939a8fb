package io.attune.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** attune.shop as an operator writes it: the retry and breaker settings, and their defaults when left out. */
class ShopPropertiesTests {

    private static ShopProperties bound(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("attune.shop", ShopProperties.class);
    }

    @Test
    void theShopsRetriesAndBreakerDefaultToThreeTriesAndFiveFailuresForThirtySeconds() {
        ShopProperties.Http http = bound(Map.of("attune.shop.backend", "http",
                "attune.shop.http.base-url", "https://shop.example.com/api")).http();

        assertThat(http.retry()).isEqualTo(new ShopProperties.Retry(3, Duration.ofMillis(200), 2));
        assertThat(http.breaker()).isEqualTo(new ShopProperties.Breaker(5, Duration.ofSeconds(30)));
    }

    @Test
    void anOperatorCanTurnRetriesOffAndLengthenTheCoolDown() {
        ShopProperties.Http http = bound(Map.of("attune.shop.backend", "http",
                "attune.shop.http.base-url", "https://shop.example.com/api", "attune.shop.http.retry.max-attempts", "1",
                "attune.shop.http.breaker.failures-to-open", "10", "attune.shop.http.breaker.open-for", "2m")).http();

        assertThat(http.retry().maxAttempts()).isEqualTo(1);
        assertThat(http.breaker()).isEqualTo(new ShopProperties.Breaker(10, Duration.ofMinutes(2)));
    }
}
