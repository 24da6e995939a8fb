package io.attune.widget.it;

import static io.attune.widget.CustomerClient.messageWithClientId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attune.widget.CustomerClient;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the server refuses, over a real socket: other customers' conversations, bad tokens, bad
 * input, floods. Each refusal reaches only the client at fault; its connection and everyone else
 * carry on, and nothing already accepted is lost.
 */
@SpringBootTest(classes = WidgetTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:widget-refusals-it;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1",
                "attune.limits.messages-per-connection=10/2s"})
class CustomerRefusalsIT {

    @LocalServerPort
    int port;

    @Test
    void aCustomerCannotReadAnotherCustomersConversation() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port); CustomerClient mallory = CustomerClient.start(port)) {
            List<JsonNode> stolen = new CopyOnWriteArrayList<>();
            mallory.subscribe("/topic/conversation." + ana.conversationId(), stolen);
            mallory.awaitError(e -> "not-your-conversation".equals(e.path("code").asText()));

            ana.say("a-1", "My card number is 4111 1111 1111 1111");
            ana.awaitEvent(messageWithClientId("a-1"));
            // Published after Ana's message; one session's messages arrive in publish order.
            mallory.say("probe", "hello?");
            mallory.awaitEvent(messageWithClientId("probe"));

            assertThat(stolen).isEmpty();
            assertThat(mallory.events().toString()).doesNotContain("4111");
        }
    }

    @Test
    void aCustomerCannotWriteIntoAnotherCustomersConversation() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port); CustomerClient mallory = CustomerClient.start(port)) {
            mallory.sendTo("/app/conversation." + ana.conversationId() + ".messages",
                    "{\"clientId\":\"evil\",\"text\":\"Ana, send me your password\"}");
            mallory.sendTo("/topic/conversation." + ana.conversationId(),
                    "{\"type\":\"message\",\"seq\":99,\"author\":\"AGENT\",\"text\":\"send me your password\"}");

            assertThat(mallory.awaitError(e -> "not-your-conversation".equals(e.path("code").asText()))).isNotNull();
            ana.askHistoryAfter(0);
            assertThat(ana.awaitHistory().toString()).doesNotContain("password");
            assertThat(ana.events().toString()).doesNotContain("password");
        }
    }

    @Test
    void aConnectionWithoutATokenCannotReadOrWriteACustomersTopic() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            List<JsonNode> stolen = new CopyOnWriteArrayList<>();
            StompSession anonymous = ana.connectWith(null);
            anonymous.subscribe("/topic/conversation." + ana.conversationId(), new CollectingHandler(stolen));
            StompHeaders fake = new StompHeaders();
            fake.setDestination("/topic/conversation." + ana.conversationId());
            anonymous.send(fake, "{\"type\":\"message\",\"text\":\"fake agent\"}".getBytes());

            ana.say("a-1", "My card number is 4111 1111 1111 1111");
            ana.awaitEvent(messageWithClientId("a-1"));
            ana.askHistoryAfter(0);
            ana.awaitHistory();

            // Nothing to wait for when refused: watch a while that nothing arrives.
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(stolen::isEmpty);
            assertThat(stolen.toString()).doesNotContain("4111", "fake agent");
            assertThat(ana.events().toString()).doesNotContain("fake agent");
        }
    }

    @Test
    void aForgedOrMissingTokenCannotConnectAsACustomer() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            String[] parts = ana.token().split("\\.");
            String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

            var attempt = ana.connectAttempt(forged);

            await().atMost(Duration.ofSeconds(30)).until(() -> ana.stompErrors().stream()
                    .anyMatch(m -> m.contains("invalid-token")));
            assertThat(attempt).isNotCompleted();
            var noToken = ana.connectAttempt(null);
            // Without a token a connection is nobody: it connects, but no customer's topic is open to it.
            assertThat(noToken).succeedsWithin(Duration.ofSeconds(30));
        }
    }

    @Test
    void aTooLongMessageIsRefusedToItsSenderWhoseConnectionCarriesOn() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            ana.say("long", "x".repeat(2_001));

            JsonNode error = ana.awaitError(e -> "long".equals(e.path("clientId").asText()));
            assertThat(error.get("code").asText()).isEqualTo("message-too-long");
            ana.say("ok", "What about delivery?");
            ana.awaitEvent(messageWithClientId("ok"));
        }
    }

    @Test
    void malformedFramesGetAClearErrorThatNeverEchoesTheInput() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            ana.send("messages", "{\"clientId\": \"x\", \"text\": <script>alert(1)</script>");
            ana.send("survey", "{\"rating\": \"<img src=x onerror=alert(1)>\"}");

            await().atMost(Duration.ofSeconds(30)).until(() -> ana.errors().size() == 2);
            assertThat(ana.errors()).extracting(e -> e.get("code").asText()).containsOnly("malformed-message");
            assertThat(ana.errors().toString()).doesNotContain("<script>", "<img", "onerror");
            ana.say("ok", "Still there?");
            ana.awaitEvent(messageWithClientId("ok"));
        }
    }

    @Test
    void scriptInAMessageIsStoredAndReturnedAsPlainText() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            ana.say("s", "<script>alert('hi')</script>");

            assertThat(ana.awaitEvent(messageWithClientId("s")).get("text").asText())
                    .isEqualTo("<script>alert('hi')</script>");
        }
    }

    @Test
    void aFloodIsRefusedToTheFlooderOnlyAndNothingAcceptedIsLost() throws Exception {
        try (CustomerClient flooder = CustomerClient.start(port); CustomerClient ana = CustomerClient.start(port)) {
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                sent.add("f-" + i);
                flooder.say("f-" + i, "hello " + i);
            }
            ana.say("a-1", "What about delivery?");

            ana.awaitEvent(messageWithClientId("a-1"));
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged(flooder).size()
                    + refused(flooder).size() >= sent.size());
            assertThat(refused(flooder)).isNotEmpty();
            assertThat(ana.errors()).isEmpty();
            List<String> stored = new ArrayList<>(acknowledged(flooder));
            flooder.askHistoryAfter(0);
            JsonNode history = flooder.awaitHistory().get("messages");
            history.forEach(m -> assertThat(m.get("clientId").isNull() || stored.contains(m.get("clientId").asText()))
                    .isTrue());
            assertThat(stored).doesNotContainAnyElementsOf(refused(flooder));
            // The connection is still up: once the rate allows, a refused message goes through on retry.
            String retry = refused(flooder).get(0);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                flooder.say(retry, "hello again");
                return acknowledged(flooder).contains(retry);
            });
        }
    }

    @Test
    void theSessionEndpointRefusesOtherSitesAndTheFrameNamesWhoMayEmbedIt() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(uri("/api/widget/sessions"))
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"siteKey\":\"demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> frame = http.send(HttpRequest.newBuilder(uri("/attune/frame.html")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("origin-not-allowed");
        assertThat(frame.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors 'self' http://localhost:8080").doesNotContain("evil"));
    }

    /** Keeps every frame's JSON body. */
    private record CollectingHandler(List<JsonNode> into) implements StompFrameHandler {

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            try {
                into.add(new ObjectMapper().readTree((byte[]) payload));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static List<String> acknowledged(CustomerClient c) {
        return c.messages().stream().filter(m -> "CUSTOMER".equals(m.get("author").asText()))
                .map(m -> m.get("clientId").asText()).distinct().toList();
    }

    private static List<String> refused(CustomerClient c) {
        return c.errors().stream().filter(e -> "too-many-messages".equals(e.path("code").asText()))
                .map(e -> e.get("clientId").asText()).distinct().toList();
    }
}
