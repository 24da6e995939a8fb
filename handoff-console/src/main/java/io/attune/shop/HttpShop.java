package io.attune.shop;

import io.attune.engine.shop.Cancellation;
import io.attune.engine.shop.Order;
import io.attune.engine.shop.OrderLookup;
import io.attune.engine.shop.OrderStatus;
import io.attune.engine.shop.PasswordReset;
import io.attune.engine.shop.Shop;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * A real shop's REST API (docs/shop-api.md): {@code GET /orders/{number}}, {@code POST /orders/{number}/cancel} and
 * {@code POST /accounts/password-reset}.
 * 404 is an unknown order, 409 a refused cancellation with the order as it stands; anything else (a timeout, a
 * 5xx, a body that isn't an order) is a shop that can't be reached right now, which the bot says as it is. A lookup
 * that failed with a 5xx or a timeout is tried again; a shop that keeps failing is left alone for a while
 * ({@link ShopCalls}).
 */
final class HttpShop implements Shop {

    private static final Logger log = LoggerFactory.getLogger(HttpShop.class);

    private final RestClient rest;
    private final ShopCalls calls;

    HttpShop(RestClient rest, ShopCalls calls) {
        this.rest = rest;
        this.calls = calls;
    }

    static HttpShop create(ShopProperties.Http settings, RestClient.Builder builder, Clock clock) {
        // HTTP/1.1: with the JDK's default (an HTTP/2 upgrade on plain http), a request given up at its read
        // timeout broke the connection for the next one (seen against the stub shop in HttpShopTests)
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.connectTimeout()).build());
        requests.setReadTimeout(settings.readTimeout());
        RestClient.Builder configured = builder.clone().baseUrl(settings.baseUrl().toString())
                .requestFactory(requests).defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE);
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            configured.defaultHeader(settings.apiKeyHeader(), settings.apiKey());
        }
        return new HttpShop(configured.build(), new ShopCalls(settings.retry(), settings.breaker(), clock));
    }

    @Override
    public OrderLookup order(String number) {
        return asked("look up order " + number, OrderLookup.unavailable(), () -> calls.read(() -> rest.get()
                .uri("/orders/{number}", number).exchange((request, response) -> {
                    HttpStatusCode status = response.getStatusCode();
                    if (status.value() == HttpStatus.NOT_FOUND.value()) {
                        return OrderLookup.unknown();
                    }
                    if (!status.is2xxSuccessful()) {
                        throw failed(status, "a lookup of order " + number);
                    }
                    return OrderLookup.found(response.bodyTo(ShopApiOrder.class).toOrder());
                })));
    }

    @Override
    public Cancellation cancel(String number) {
        return asked("cancel order " + number, Cancellation.unavailable(), () -> calls.write(() -> rest.post()
                .uri("/orders/{number}/cancel", number).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("requestedBy", "chat"))
                .exchange((request, response) -> {
                    HttpStatusCode status = response.getStatusCode();
                    if (status.value() == HttpStatus.NOT_FOUND.value()) {
                        return Cancellation.unknownOrder();
                    }
                    if (!status.is2xxSuccessful() && status.value() != HttpStatus.CONFLICT.value()) {
                        throw failed(status, "the cancellation of order " + number);
                    }
                    return reported(status, response.bodyTo(ShopApiOrder.class).toOrder());
                })));
    }

    @Override
    public PasswordReset requestPasswordReset(String email) {
        return asked("request a password reset", PasswordReset.UNAVAILABLE, () -> calls.write(() -> rest.post()
                .uri("/accounts/password-reset").contentType(MediaType.APPLICATION_JSON).body(Map.of("email", email))
                .exchange((request, response) -> {
                    if (response.getStatusCode().is2xxSuccessful()) {
                        return PasswordReset.REQUESTED;
                    }
                    throw failed(response.getStatusCode(), "a password-reset request");
                })));
    }

    /** What the shop's answer says it did: the order it sends back must agree with the status code. */
    private static Cancellation reported(HttpStatusCode status, Order order) {
        if (status.is2xxSuccessful() && order.status() == OrderStatus.CANCELLED) {
            return new Cancellation(Cancellation.Outcome.CANCELLED, order);
        }
        return order.cancellationRefusal().filter(refusal -> !status.is2xxSuccessful())
                .map(refusal -> new Cancellation(refusal, order))
                .orElseGet(() -> {
                    log.warn("The shop answered {} with order {} {}: not a cancellation the bot can report", status,
                            order.number(), order.status());
                    return Cancellation.unavailable();
                });
    }

    private static ShopCalls.ShopFailed failed(HttpStatusCode status, String what) {
        return new ShopCalls.ShopFailed("The shop answered " + status + " to " + what, status.is5xxServerError());
    }

    /** @param what what was asked, for the log: never the customer's email address */
    private static <T> T asked(String what, T unreachable, Supplier<T> call) {
        try {
            return call.get();
        } catch (ShopCalls.NotCalled e) {
            log.info("Did not {}: the shop failed too often of late ({})", what, e.getMessage());
            return unreachable;
        } catch (RuntimeException e) {
            log.warn("Could not {} at the shop: {}", what, e.toString());
            return unreachable;
        }
    }
}
