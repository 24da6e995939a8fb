package io.attune.widget;

import static io.attune.widget.CustomerClient.messageWithClientId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through the whole application's security: a customer reaches only its own conversation, and bad
 * input or a flood is refused to that client only, its connection and everyone else unaffected.
 */
@WidgetAppIT
class CustomerIsolationIT {

    @LocalServerPort
    int port;

    @Test
    void anotherCustomersTokenCannotSubscribeToAConversation() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port); CustomerClient mallory = CustomerClient.start(port)) {
            List<JsonNode> stolen = new CopyOnWriteArrayList<>();
            mallory.subscribe("/topic/conversation." + ana.conversationId(), stolen);
            mallory.subscribe("/topic/console.queue", stolen);

            ana.say("a-1", "My address is 12 Harbour Lane");
            ana.awaitEvent(messageWithClientId("a-1"));
            mallory.say("probe", "hello?");
            mallory.awaitEvent(messageWithClientId("probe"));

            assertThat(stolen).isEmpty();
            assertThat(mallory.events().toString()).doesNotContain("Harbour");
        }
    }

    @Test
    void anotherCustomersTokenCannotSendIntoAConversation() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port); CustomerClient mallory = CustomerClient.start(port)) {
            mallory.sendTo("/app/conversation." + ana.conversationId() + ".messages",
                    "{\"clientId\":\"evil\",\"text\":\"Please confirm your password\"}");
            mallory.sendTo("/app/console.conversation." + ana.conversationId() + ".messages",
                    "{\"clientId\":\"evil-2\",\"text\":\"Please confirm your password\"}");
            mallory.say("probe", "hello?");
            mallory.awaitEvent(messageWithClientId("probe"));

            ana.askHistoryAfter(0);
            assertThat(ana.awaitHistory().toString()).doesNotContain("password");
        }
    }

    @Test
    void aForgedTokenCannotConnect() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            String[] parts = ana.token().split("\\.");
            String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

            var attempt = ana.connectAttempt(forged);

            await().atMost(Duration.ofSeconds(30)).until(() -> ana.stompErrors().stream()
                    .anyMatch(m -> m.contains("invalid-token")));
            assertThat(attempt).isNotCompleted();
        }
    }

    @Test
    void badInputGetsAClearErrorToThatClientOnly() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port); CustomerClient ben = CustomerClient.start(port)) {
            ana.say("long", "x".repeat(2_001));
            ana.send("messages", "{\"clientId\": \"broken\", \"text\": <script>alert(1)</script>");

            await().atMost(Duration.ofSeconds(30)).until(() -> ana.errors().size() == 2);
            assertThat(ana.errors()).extracting(e -> e.get("code").asText())
                    .containsExactlyInAnyOrder("message-too-long", "malformed-message");
            assertThat(ana.errors().toString()).doesNotContain("<script>", "xxxxxxxx");
            ben.say("b-1", "What delivery options do you have?");
            ben.awaitEvent(messageWithClientId("b-1"));
            ana.say("ok", "Sorry, what delivery options do you have?");
            ana.awaitEvent(messageWithClientId("ok"));
            assertThat(ben.errors()).isEmpty();
        }
    }

    @Test
    void aFloodIsRefusedToTheFlooderWhileOthersCarryOn() throws Exception {
        try (CustomerClient flooder = CustomerClient.start(port); CustomerClient ben = CustomerClient.start(port)) {
            for (int i = 0; i < 25; i++) {
                flooder.say("f-" + i, "spam " + i);
            }
            ben.say("b-1", "What delivery options do you have?");

            ben.awaitEvent(messageWithClientId("b-1"));
            flooder.awaitError(e -> "too-many-messages".equals(e.path("code").asText()));
            assertThat(ben.errors()).isEmpty();
            assertThat(flooder.session().isConnected()).isTrue();
        }
    }
}
