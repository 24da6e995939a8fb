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
     */
    public record Http(URI baseUrl, @DefaultValue("2s") Duration connectTimeout,
                       @DefaultValue("3s") Duration readTimeout, @DefaultValue("X-Api-Key") String apiKeyHeader,
                       String apiKey) {
    }

    public ShopProperties {
        if (backend == Backend.HTTP && (http == null || http.baseUrl() == null || http.baseUrl().toString().isBlank())) {
            throw new IllegalArgumentException("attune.shop.backend is http: set attune.shop.http.base-url");
        }
    }
}
