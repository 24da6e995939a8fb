package io.attune.shop;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the bot reads orders and sends cancellations ({@code attune.shop}).
 *
 * @param backend {@code demo}: the demo shop's orders in Attune's own database; {@code http}: a real shop's REST
 *                API (docs/shop-api.md)
 */
@ConfigurationProperties("attune.shop")
public record ShopProperties(@DefaultValue("demo") Backend backend, @DefaultValue Http http) {

    public enum Backend {
        DEMO,
        HTTP
    }

    /**
     * @param baseUrl        the shop API's root: {@code GET {base-url}/orders/{number}}; required for {@code http}
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout    how long to wait for an answer; the customer waits this long at most, then hears that
     *                       the shop can't be reached
     * @param apiKeyHeader   the request header that carries the API key
     * @param apiKey         the key; none is sent when empty
     * @param retry          how a failed read is tried again
     * @param breaker        when the bot stops calling a shop that keeps failing
     */
    public record Http(URI baseUrl, @DefaultValue("2s") Duration connectTimeout,
                       @DefaultValue("3s") Duration readTimeout, @DefaultValue("X-Api-Key") String apiKeyHeader,
                       String apiKey, @DefaultValue Retry retry, @DefaultValue Breaker breaker) {
    }

    /**
     * Reads only ({@code GET /orders/{number}}): a cancellation or a reset request is sent once, since the bot
     * cannot know whether a failed one was carried out.
     *
     * @param maxAttempts  tries in all, the first included, for a 5xx, a timeout or a broken connection; 1: none
     * @param firstBackoff the wait before the second try
     * @param multiplier   each later wait is the one before it times this
     */
    public record Retry(@DefaultValue("3") int maxAttempts, @DefaultValue("200ms") Duration firstBackoff,
                        @DefaultValue("2") double multiplier) {

        public Retry {
            if (maxAttempts < 1 || multiplier < 1 || firstBackoff == null || firstBackoff.isNegative()) {
                throw new IllegalArgumentException("attune.shop.http.retry: max-attempts and multiplier must be at "
                        + "least 1, first-backoff not negative");
            }
        }
    }

    /**
     * @param failuresToOpen this many failed requests in a row (5xx, timeouts, broken connections, answers that
     *                       are no order) and the bot stops calling the shop
     * @param openFor        for this long; then one request is let through, and its success closes the breaker
     */
    public record Breaker(@DefaultValue("5") int failuresToOpen, @DefaultValue("30s") Duration openFor) {

        public Breaker {
            if (failuresToOpen < 1 || openFor == null || openFor.isNegative() || openFor.isZero()) {
                throw new IllegalArgumentException("attune.shop.http.breaker: failures-to-open must be at least 1 and "
                        + "open-for positive");
            }
        }
    }

    public ShopProperties {
        if (backend == Backend.HTTP && (http == null || http.baseUrl() == null || http.baseUrl().toString().isBlank())) {
            throw new IllegalArgumentException("attune.shop.backend is http: set attune.shop.http.base-url");
        }
    }
}
