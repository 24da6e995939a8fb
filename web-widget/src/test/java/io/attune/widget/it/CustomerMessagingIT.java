package io.attune.widget.it;

import static io.attune.widget.CustomerClient.message;
import static io.attune.widget.CustomerClient.messageWithClientId;
import static io.attune.widget.CustomerClient.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.attune.widget.CustomerClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customer's side over a real socket: a real STOMP client, the real engine and store, a scripted
 * bot. Each test is a new customer (or several), so they share the server.
 */
@SpringBootTest(classes = WidgetTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:widget-it;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1",
                "attune.limits.messages-per-connection=10/2s"})
class CustomerMessagingIT {

    @LocalServerPort
    int port;

    @Test
    void aNewCustomerIsGreetedAndARoutineQuestionAnswered() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            ana.askHistoryAfter(0);
            JsonNode greeting = ana.awaitHistory().get("messages").get(0);
            assertThat(greeting.get("author").asText()).isEqualTo("BOT");

            ana.say("m-1", "What delivery options do you have?");

            JsonNode ack = ana.awaitEvent(messageWithClientId("m-1"));
            assertThat(ack.get("author").asText()).isEqualTo("CUSTOMER");
            assertThat(ack.get("seq").asLong()).isEqualTo(2);
            JsonNode answer = ana.awaitEvent(message("BOT"));
            assertThat(answer.get("text").asText()).isEqualTo(ScriptedBot.DELIVERY_ANSWER);
            assertThat(answer.get("seq").asLong()).isEqualTo(3);
            assertThat(answer.get("quickReplies").get(0).get("label").asText()).isEqualTo("Express costs?");
            assertThat(answer.has("reading")).isFalse();
            assertThat(answer.has("intent")).isFalse();
        }
    }

    @Test
    void aFrustratedCustomerWaitsForAPersonAndIsToldTheirPlaceInLine() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            ana.say("m-1", "This is useless.");
            ana.awaitEvent(message("BOT"));
            ana.say("m-2", "Ridiculous, still no answer.");

            JsonNode waiting = ana.awaitEvent(status("WAITING_FOR_AGENT"));
            assertThat(waiting.get("queuePosition").asInt()).isPositive();
            assertThat(waiting.get("waitMinutes").asInt()).isPositive();
            assertThat(waiting.get("text").asText()).contains("in line");
            assertThat(ana.events().toString()).doesNotContain("anger", "ANGER", "reasons", "reading");
        }
    }

    @Test
    void theBotShowsItIsTyping() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            ana.say("m-1", "Do you deliver to Norway?");

            ana.awaitEvent(e -> "typing".equals(e.path("type").asText()) && e.path("typing").asBoolean());
            ana.awaitEvent(message("BOT"));
        }
    }

    @Test
    void aDroppedConnectionResumesWithNoGapAndNoDuplicate() throws Exception {
        try (CustomerClient phone = CustomerClient.start(port)) {
            phone.askHistoryAfter(0);
            List<Long> seen = new ArrayList<>(seqs(phone.awaitHistory().get("messages")));
            phone.say("m-1", "What about delivery?");
            phone.awaitEvent(message("BOT"));
            seen.addAll(phone.messages().stream().map(m -> m.get("seq").asLong()).toList());
            long lastSeq = seen.get(seen.size() - 1);

            phone.drop();
            // While the phone is away, the same customer goes on in another tab.
            try (CustomerClient tab = CustomerClient.resume(port, phone)) {
                tab.say("t-1", "And delivery on Sundays?");
                tab.awaitEvent(message("BOT"));
            }
            phone.connect();
            phone.askHistoryAfter(lastSeq);
            seen.addAll(seqs(phone.awaitHistory().get("messages")));

            assertThat(seen).containsExactlyElementsOf(LongStream.rangeClosed(1, 5).boxed().toList());
        }
    }

    @Test
    void aRetriedSendIsStoredOnceAndAcknowledgedAgain() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            ana.say("same", "What about delivery?");
            ana.awaitEvent(message("BOT"));
            ana.say("same", "What about delivery?");

            await().atMost(Duration.ofSeconds(30)).until(() -> ana.messages().stream()
                    .filter(messageWithClientId("same")).count() == 2);
            ana.askHistoryAfter(0);
            JsonNode history = ana.awaitHistory().get("messages");
            assertThat(seqs(history)).containsExactly(1L, 2L, 3L);
            assertThat(ana.messages().stream().filter(messageWithClientId("same")).map(m -> m.get("seq").asLong()))
                    .containsOnly(2L);
        }
    }

    @Test
    void aClientIdSentAgainWithAnotherTextIsRefusedInPlainWordsAndTheFirstTextKept() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            ana.say("twice", "What about delivery?");
            ana.awaitEvent(message("BOT"));
            ana.say("twice", "Cancel my order");

            JsonNode error = ana.awaitError(e -> "twice".equals(e.path("clientId").asText()));
            assertThat(error.get("code").asText()).isEqualTo("client-id-reused");
            assertThat(error.get("message").asText()).isEqualTo(
                    "That message id was already used for a different message. Please send it again as a new message.");
            ana.askHistoryAfter(0);
            JsonNode history = ana.awaitHistory().get("messages");
            assertThat(history.toString()).contains("What about delivery?").doesNotContain("Cancel my order");
            assertThat(ana.messages().stream().filter(messageWithClientId("twice")).map(m -> m.get("text").asText()))
                    .containsExactly("What about delivery?");
        }
    }

    @Test
    void aMessageTheServerFailedToStoreIsNamedInTheServerErrorAndStoredOnceWhenSentAgain() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            String text = "This message " + ScriptedBot.FAILS_ONCE + ", then goes through";
            ana.say("flaky", text);

            JsonNode error = ana.awaitError(e -> "flaky".equals(e.path("clientId").asText()));
            assertThat(error.get("code").asText()).isEqualTo("server-error");
            assertThat(error.get("message").asText()).isEqualTo("Something went wrong on our side. Please try again.");
            assertThat(error.toString()).doesNotContain("Exception").doesNotContain("io.attune");
            ana.say("flaky", text);
            ana.awaitEvent(messageWithClientId("flaky"));
            ana.askHistoryAfter(0);
            assertThat(ana.awaitHistory().get("messages").findValuesAsText("clientId")).containsOnlyOnce("flaky");
        }
    }

    @Test
    void theCustomerEndsTheChatRatesItAndANewSessionStartsAfresh() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            ana.send("close", "{}");
            ana.awaitEvent(status("SURVEY"));
            ana.send("survey", "{\"rating\": 9, \"comment\": \"\"}");
            assertThat(ana.awaitError(e -> true).get("code").asText()).isEqualTo("invalid-rating");

            ana.send("survey", "{\"rating\": 5, \"comment\": \"Quick and kind\"}");

            assertThat(ana.awaitEvent(status("CLOSED")).get("text").asText()).isEqualTo("Conversation closed. Thank you!");
            JsonNode next = CustomerClient.startSession(port, ana.token());
            assertThat(next.get("conversationId").asText()).isNotEqualTo(ana.conversationId());
            assertThat(next.get("resumed").asBoolean()).isFalse();
        }
    }

    private static List<Long> seqs(JsonNode messages) {
        List<Long> seqs = new ArrayList<>();
        messages.forEach(m -> seqs.add(m.get("seq").asLong()));
        return seqs;
    }
}
