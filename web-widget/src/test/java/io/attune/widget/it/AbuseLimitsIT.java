package io.attune.widget.it;

import static io.attune.widget.CustomerClient.messageWithClientId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attune.widget.CustomerClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompSession;

/**
 * The limits on what one anonymous client may create, over real HTTP and a real socket: past each
 * one only that client is refused, with a clear error, and everyone else carries on. Addresses come
 * from X-Forwarded-For, as behind the proxy of docs/PRODUCTION.md (Tomcat trusts it from loopback).
 */
@SpringBootTest(classes = WidgetTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:widget-abuse-it;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1",
                "server.forward-headers-strategy=native",
                "attune.limits.sessions-per-address=8/10m",
                "attune.limits.resumes-per-conversation=4/10m",
                "attune.limits.messages-per-connection=50/1s",
                "attune.limits.messages-per-conversation=10/1m",
                "attune.limits.connections-per-conversation=3",
                "attune.limits.subscriptions-per-connection=5"})
class AbuseLimitsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aFloodOfNewChatsFromOneAddressIsRefusedWhileOtherAddressesAndResumedChatsCarryOn() throws Exception {
        List<HttpResponse<String>> flood = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            flood.add(startSession("203.0.113.7", null));
        }

        assertThat(flood.subList(0, 8)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        HttpResponse<String> refused = flood.get(8);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("too-many-sessions");
        assertThat(JSON.readTree(refused.body()).get("message").asText()).contains("Too many chats");
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1L, 600L));
        assertThat(flood.subList(8, 12)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(429));

        assertThat(startSession("203.0.113.8", null).statusCode()).isEqualTo(200);
        String token = JSON.readTree(flood.get(0).body()).get("token").asText();
        HttpResponse<String> resumed = startSession("203.0.113.7", token);
        assertThat(resumed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(resumed.body()).get("resumed").asBoolean()).isTrue();
    }

    @Test
    void aFloodOfResumesOfOneChatIsRefusedWhileOtherChatsFromTheSameAddressResume() throws Exception {
        String flooded = JSON.readTree(startSession("203.0.113.20", null).body()).get("token").asText();
        String other = JSON.readTree(startSession("203.0.113.20", null).body()).get("token").asText();
        List<HttpResponse<String>> flood = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            flood.add(startSession("203.0.113.2" + i, flooded));
        }

        assertThat(flood.subList(0, 4)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        HttpResponse<String> refused = flood.get(4);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("too-many-sessions");
        assertThat(JSON.readTree(refused.body()).get("message").asText())
                .isEqualTo("This chat was reopened too often in a short time. It will come back in a moment.");
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1L, 600L));
        assertThat(flood.get(5).statusCode()).isEqualTo(429);

        HttpResponse<String> otherChat = startSession("203.0.113.20", other);
        assertThat(otherChat.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(otherChat.body()).get("resumed").asBoolean()).isTrue();
    }

    @Test
    void messagesSpreadOverSeveralConnectionsOfOneChatAreLimitedForTheConversation() throws Exception {
        try (CustomerClient first = CustomerClient.start(port); CustomerClient second = CustomerClient.resume(port, first);
             CustomerClient ben = CustomerClient.start(port)) {
            // Each connect's readiness probe counts as one message of the conversation.
            for (int i = 0; i < 10; i++) {
                first.say("one-" + i, "hello " + i);
                second.say("two-" + i, "hello " + i);
            }
            ben.say("b-1", "What delivery options do you have?");

            ben.awaitEvent(messageWithClientId("b-1"));
            await().atMost(Duration.ofSeconds(30)).until(() -> answered(first, "one-") + answered(second, "two-") >= 20);
            List<String> refused = new ArrayList<>(refusedIds(first));
            refused.addAll(refusedIds(second));
            assertThat(refused).hasSizeGreaterThanOrEqualTo(10);
            assertThat(ben.errors()).isEmpty();
            // Nothing refused was stored: the history holds only what was acknowledged.
            first.askHistoryAfter(0);
            JsonNode history = first.awaitHistory().get("messages");
            List<String> stored = new ArrayList<>();
            history.forEach(m -> stored.add(m.path("clientId").asText()));
            assertThat(stored).doesNotContainAnyElementsOf(refused);
        }
    }

    @Test
    void oneMoreConnectionThanAllowedOnOneTokenIsRefusedUntilAnotherCloses() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port); CustomerClient tab2 = CustomerClient.resume(port, ana);
             CustomerClient tab3 = CustomerClient.resume(port, ana)) {
            CustomerClient tab4 = CustomerClient.tab(port, ana);
            tab4.connectAttempt(ana.token());

            await().atMost(Duration.ofSeconds(30)).until(() -> tab4.stompErrors().stream()
                    .anyMatch(e -> e.startsWith("too-many-connections")));
            ana.say("a-1", "Still here");
            ana.awaitEvent(messageWithClientId("a-1"));

            tab3.close();
            CustomerClient tab5 = CustomerClient.tab(port, ana);
            StompSession connected = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                    .ignoreExceptions().until(() -> tab5.connectAttempt(ana.token()).get(3, TimeUnit.SECONDS),
                            session -> session != null);
            assertThat(connected.isConnected()).isTrue();
            tab4.close();
            tab5.close();
        }
    }

    @Test
    void subscriptionsPastTheCapAreRefusedAndTheConnectionCarriesOn() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            List<JsonNode> copies = new CopyOnWriteArrayList<>();
            // The widget's three subscriptions are held; two more fit, the rest are refused.
            IntStream.range(0, 5).forEach(i -> ana.subscribe("/topic/conversation." + ana.conversationId(), copies));

            await().atMost(Duration.ofSeconds(30)).until(() -> ana.errors().stream()
                    .filter(e -> "too-many-subscriptions".equals(e.path("code").asText())).count() == 3);
            ana.say("a-1", "Anyone?");
            ana.awaitEvent(messageWithClientId("a-1"));
            await().atMost(Duration.ofSeconds(30)).until(() -> copies.stream()
                    .filter(e -> "a-1".equals(e.path("clientId").asText())).count() == 2);
        }
    }

    private HttpResponse<String> startSession(String address, String token) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("siteKey", "demo", "token", token == null ? "" : token));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/widget/sessions"))
                        .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long answered(CustomerClient c, String prefix) {
        long acknowledged = c.messages().stream().filter(m -> m.path("clientId").asText().startsWith(prefix))
                .map(m -> m.path("clientId").asText()).distinct().count();
        return acknowledged + refusedIds(c).stream().filter(id -> id.startsWith(prefix)).count();
    }

    private static List<String> refusedIds(CustomerClient c) {
        return c.errors().stream().filter(e -> "too-many-messages".equals(e.path("code").asText()))
                .map(e -> e.path("clientId").asText()).distinct().toList();
    }
}
