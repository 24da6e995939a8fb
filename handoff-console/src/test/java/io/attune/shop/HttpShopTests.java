package io.attune.shop;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.attune.engine.shop.Cancellation;
import io.attune.engine.shop.OrderLookup;
import io.attune.engine.shop.OrderStatus;
import io.attune.engine.shop.PasswordReset;
import io.attune.engine.shop.Refund;
import io.attune.engine.conversation.Turn;
import io.attune.engine.reply.ReplyComposer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

/**
 * The HTTP shop adapter against a stub of a shop's API on loopback (WireMock, real HTTP), speaking the contract
 * of docs/shop-api.md; and the bot's replies through it. Today is Wednesday 2 December 2026.
 */
class HttpShopTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    /** Long enough for a cold JVM's first exchange (a first run at 500 ms timed out on it), short for the suite. */
    private static final Duration READ_TIMEOUT = Duration.ofMillis(1_500);
    private static final int SLOWER_THAN_THE_TIMEOUT = 4_000;

    @RegisterExtension
    static final WireMockExtension SHOP_API = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    /** Retries as shipped but with short waits; a breaker that does not open in the tests that are not about it. */
    private final HttpShop shop = shop(new ShopProperties.Breaker(100, Duration.ofSeconds(30)), CLOCK);

    private static HttpShop shop(ShopProperties.Breaker breaker, Clock clock) {
        return HttpShop.create(new ShopProperties.Http(URI.create("http://127.0.0.1:" + SHOP_API.getPort()),
                Duration.ofSeconds(1), READ_TIMEOUT, "X-Api-Key", "test-key",
                new ShopProperties.Retry(3, Duration.ofMillis(20), 2), breaker), RestClient.builder(), clock);
    }

    private static String order(String number, String status, String statusSince, String tracking, String refunds) {
        return """
                {"number": "%s", "status": "%s", "placedOn": "2026-11-28", "statusSince": "%s",
                 "items": [{"name": "Fellside rain jacket", "quantity": 1}],
                 "total": {"amount": "89.00", "currency": "EUR"},
                 "tracking": %s, "refunds": %s, "somethingNew": true}
                """.formatted(number, status, statusSince, tracking, refunds);
    }

    private static final String SHIPPED = order("B7730012", "SHIPPED", "2026-11-30",
            "{\"carrier\": \"DPD\", \"trackingNumber\": \"0153 7730 0120\", \"expectedDelivery\": \"2026-12-03\"}", "[]");
    private static final String PROCESSING = order("P1000001", "PROCESSING", "2026-11-28", "null", "[]");
    private static final String CANCELLED = order("P1000001", "CANCELLED", "2026-12-02", "null",
            "[{\"amount\": {\"amount\": \"89.00\", \"currency\": \"EUR\"}, \"status\": \"IN_PROGRESS\", "
                    + "\"updatedOn\": \"2026-12-02\"}]");

    @Test
    void readsAFoundOrderAndSendsTheApiKey() {
        SHOP_API.stubFor(get("/orders/B7730012").willReturn(okJson(SHIPPED)));

        OrderLookup lookup = shop.order("B7730012");

        assertThat(lookup.outcome()).isEqualTo(OrderLookup.Outcome.FOUND);
        assertThat(lookup.order().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(lookup.order().tracking().expectedDelivery()).isEqualTo(LocalDate.of(2026, 12, 3));
        SHOP_API.verify(getRequestedFor(urlEqualTo("/orders/B7730012")).withHeader("X-Api-Key", equalTo("test-key")));
    }

    @Test
    void takesA404AsAnUnknownOrder() {
        SHOP_API.stubFor(get("/orders/Z9999999").willReturn(notFound()));
        SHOP_API.stubFor(post("/orders/Z9999999/cancel").willReturn(notFound()));

        assertThat(shop.order("Z9999999").outcome()).isEqualTo(OrderLookup.Outcome.UNKNOWN);
        assertThat(shop.cancel("Z9999999").outcome()).isEqualTo(Cancellation.Outcome.UNKNOWN_ORDER);
    }

    @Test
    void reportsACancellationTheShopMadeWithItsRefund() {
        SHOP_API.stubFor(post("/orders/P1000001/cancel").willReturn(okJson(CANCELLED)));

        Cancellation result = shop.cancel("P1000001");

        assertThat(result.outcome()).isEqualTo(Cancellation.Outcome.CANCELLED);
        assertThat(result.order().refunds()).extracting(Refund::status).containsExactly(Refund.Status.IN_PROGRESS);
        SHOP_API.verify(postRequestedFor(urlEqualTo("/orders/P1000001/cancel"))
                .withRequestBody(equalToJson("{\"requestedBy\": \"chat\"}")));
    }

    @Test
    void takesA409AsTheShopsRefusalForTheReasonTheOrderShows() {
        SHOP_API.stubFor(post("/orders/B7730012/cancel").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody(SHIPPED)));

        Cancellation result = shop.cancel("B7730012");

        assertThat(result.outcome()).isEqualTo(Cancellation.Outcome.ALREADY_SHIPPED);
        assertThat(result.order().status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void asksTheShopToEmailAResetLinkAndTakesAnErrorAsNoLinkSent() {
        SHOP_API.stubFor(post("/accounts/password-reset").withRequestBody(equalToJson("{\"email\": \"dana@example.com\"}"))
                .willReturn(aResponse().withStatus(202)));
        SHOP_API.stubFor(post("/accounts/password-reset").withRequestBody(equalToJson("{\"email\": \"sam@example.com\"}"))
                .willReturn(serverError()));

        assertThat(shop.requestPasswordReset("dana@example.com")).isEqualTo(PasswordReset.REQUESTED);
        assertThat(shop.requestPasswordReset("sam@example.com")).isEqualTo(PasswordReset.UNAVAILABLE);
    }

    @Test
    void takesATimeoutAServerErrorOrABrokenConnectionAsAShopThatCannotBeReached() {
        SHOP_API.stubFor(get("/orders/B7730012").willReturn(okJson(SHIPPED).withFixedDelay(SLOWER_THAN_THE_TIMEOUT)));
        SHOP_API.stubFor(get("/orders/S1000002").willReturn(serverError()));
        SHOP_API.stubFor(get("/orders/D1000003").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        SHOP_API.stubFor(post("/orders/P1000001/cancel").willReturn(okJson(CANCELLED).withFixedDelay(SLOWER_THAN_THE_TIMEOUT)));

        assertThat(shop.order("B7730012").outcome()).isEqualTo(OrderLookup.Outcome.UNAVAILABLE);
        assertThat(shop.order("S1000002").outcome()).isEqualTo(OrderLookup.Outcome.UNAVAILABLE);
        assertThat(shop.order("D1000003").outcome()).isEqualTo(OrderLookup.Outcome.UNAVAILABLE);
        assertThat(shop.cancel("P1000001").outcome()).isEqualTo(Cancellation.Outcome.UNAVAILABLE);
    }

    @Test
    void takesAnAnswerThatIsNoOrderAsAShopThatCannotBeReached() {
        SHOP_API.stubFor(get("/orders/B7730012").willReturn(okJson("{\"number\": \"B7730012\"}")));

        assertThat(shop.order("B7730012").outcome()).isEqualTo(OrderLookup.Outcome.UNAVAILABLE);
    }

    @Test
    void theBotAnswersFromTheShopsApiAndReportsWhatItDid() {
        SHOP_API.stubFor(get("/orders/B7730012").willReturn(okJson(SHIPPED)));
        SHOP_API.stubFor(get("/orders/P1000001").willReturn(okJson(PROCESSING)));
        SHOP_API.stubFor(post("/orders/P1000001/cancel").willReturn(okJson(CANCELLED)));
        ShopChat chat = new ShopChat(shop, CLOCK);

        assertThat(chat.say("track order B7730012").text()).isEqualTo("Order B7730012, a Fellside rain jacket, left "
                + "our warehouse on Monday with DPD (tracking number 0153 7730 0120); the tracking says it arrives "
                + "tomorrow.");
        chat.say("cancel order P1000001");
        assertThat(chat.say("Yes, cancel it").text()).isEqualTo("Done: order P1000001, a Fellside rain jacket, is "
                + "cancelled. A refund of €89.00 was started today and goes back to your original payment method "
                + "within 5 working days.");
        SHOP_API.verify(1, postRequestedFor(urlEqualTo("/orders/P1000001/cancel")));
    }

    @Test
    void theBotSaysHonestlyWhenTheShopsApiFailsAndOffersAPerson() {
        SHOP_API.stubFor(get("/orders/B7730012").willReturn(serverError()));
        SHOP_API.stubFor(get("/orders/P1000001").willReturn(okJson(PROCESSING)));
        SHOP_API.stubFor(post("/orders/P1000001/cancel").willReturn(okJson(CANCELLED).withFixedDelay(SLOWER_THAN_THE_TIMEOUT)));
        ShopChat chat = new ShopChat(shop, CLOCK);

        assertThat(chat.say("track order B7730012").text()).startsWith("I'm sorry, I can't reach our order system "
                + "right now, so I can't look up order B7730012.");
        chat.say("cancel order P1000001");
        assertThat(chat.say("Yes, cancel it").text()).startsWith("I'm sorry, I couldn't get an answer from our order "
                + "system, so I can't confirm that order P1000001 is cancelled.");
    }

    @Test
    void aLookupTheShopFailedOnceIsAnsweredFromTheSecondTry() {
        SHOP_API.stubFor(get("/orders/B7730012").inScenario("blip").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("back"));
        SHOP_API.stubFor(get("/orders/B7730012").inScenario("blip").whenScenarioStateIs("back")
                .willReturn(okJson(SHIPPED)));

        assertThat(new ShopChat(shop, CLOCK).say("track order B7730012").text()).startsWith("Order B7730012, a "
                + "Fellside rain jacket, left our warehouse on Monday");
        SHOP_API.verify(2, getRequestedFor(urlEqualTo("/orders/B7730012")));
    }

    @Test
    void aLookupIsTriedAtMostMaxAttemptsTimesAndA404NotAgain() {
        SHOP_API.stubFor(get("/orders/S1000002").willReturn(aResponse().withStatus(503)));
        SHOP_API.stubFor(get("/orders/Z9999999").willReturn(notFound()));

        assertThat(shop.order("S1000002").outcome()).isEqualTo(OrderLookup.Outcome.UNAVAILABLE);
        assertThat(shop.order("Z9999999").outcome()).isEqualTo(OrderLookup.Outcome.UNKNOWN);
        SHOP_API.verify(3, getRequestedFor(urlEqualTo("/orders/S1000002")));
        SHOP_API.verify(1, getRequestedFor(urlEqualTo("/orders/Z9999999")));
    }

    @Test
    void aShopThatKeepsFailingIsLeftAloneForTheCoolDownAndTheCustomerToldHonestly() {
        SHOP_API.stubFor(get("/orders/P1000001").willReturn(okJson(PROCESSING)));
        SHOP_API.stubFor(post("/orders/P1000001/cancel").willReturn(okJson(CANCELLED)));
        SHOP_API.stubFor(get("/orders/B7730012").willReturn(aResponse().withStatus(503)));
        MovableClock clock = new MovableClock(CLOCK.instant());
        HttpShop breaking = shop(new ShopProperties.Breaker(4, Duration.ofSeconds(30)), clock);
        ShopChat cancelling = new ShopChat(breaking, CLOCK);
        ShopChat tracking = new ShopChat(breaking, CLOCK);

        assertThat(cancelling.say("cancel order P1000001").text()).startsWith("Just to be sure: cancel order P1000001");
        tracking.say("track order B7730012");
        tracking.say("track order B7730012");
        SHOP_API.verify(4, getRequestedFor(urlEqualTo("/orders/B7730012")));
        Turn cancel = cancelling.say("Yes, cancel it");
        Turn track = tracking.say("track order B7730012");

        assertThat(cancel.text()).startsWith("I'm sorry, I couldn't get an answer from our order system, so I can't "
                + "confirm that order P1000001 is cancelled.").doesNotContain("Done");
        assertThat(track.text()).startsWith("I'm sorry, I can't reach our order system right now, so I can't look up "
                + "order B7730012.").contains("I can bring in a person");
        assertThat(track.quickReplies()).contains(ReplyComposer.TALK_TO_PERSON);
        SHOP_API.verify(4, getRequestedFor(urlEqualTo("/orders/B7730012")));
        SHOP_API.verify(0, postRequestedFor(urlEqualTo("/orders/P1000001/cancel")));

        SHOP_API.stubFor(get("/orders/B7730012").willReturn(okJson(SHIPPED)));
        clock.advance(Duration.ofSeconds(31));
        assertThat(tracking.say("track order B7730012").text()).startsWith("Order B7730012, a Fellside rain jacket");
        assertThat(breaking.order("B7730012").outcome()).isEqualTo(OrderLookup.Outcome.FOUND);
    }

    @Test
    void aCancellationOrAResetRequestThatFailedIsNeverSentAgain() {
        SHOP_API.stubFor(get("/orders/P1000001").willReturn(okJson(PROCESSING)));
        SHOP_API.stubFor(post("/orders/P1000001/cancel").willReturn(aResponse().withStatus(503)));
        SHOP_API.stubFor(post("/orders/P2000002/cancel").willReturn(okJson(CANCELLED).withFixedDelay(SLOWER_THAN_THE_TIMEOUT)));
        SHOP_API.stubFor(post("/accounts/password-reset").willReturn(aResponse().withStatus(503)));
        ShopChat chat = new ShopChat(shop, CLOCK);

        chat.say("cancel order P1000001");
        assertThat(chat.say("Yes, cancel it").text()).startsWith("I'm sorry, I couldn't get an answer from our order "
                + "system, so I can't confirm that order P1000001 is cancelled.");
        assertThat(shop.cancel("P2000002").outcome()).isEqualTo(Cancellation.Outcome.UNAVAILABLE);
        assertThat(shop.requestPasswordReset("sam@example.com")).isEqualTo(PasswordReset.UNAVAILABLE);
        SHOP_API.verify(1, postRequestedFor(urlEqualTo("/orders/P1000001/cancel")));
        SHOP_API.verify(1, postRequestedFor(urlEqualTo("/orders/P2000002/cancel")));
        SHOP_API.verify(1, postRequestedFor(urlEqualTo("/accounts/password-reset")));
    }

    /** The breaker's clock, moved on by the test instead of waiting out the cool-down. */
    private static final class MovableClock extends Clock {

        private final java.util.concurrent.atomic.AtomicReference<Instant> now;

        MovableClock(Instant start) {
            now = new java.util.concurrent.atomic.AtomicReference<>(start);
        }

        void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
