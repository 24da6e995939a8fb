package io.attune.widget;

import static io.attune.widget.CustomerClient.message;
import static io.attune.widget.CustomerClient.messageWithClientId;
import static io.attune.widget.CustomerClient.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A customer's conversation end to end: real STOMP client, real socket, the whole application. */
@WidgetAppIT
class CustomerConversationIT {

    @LocalServerPort
    int port;

    @Autowired
    ConversationEngine engine;

    @Test
    void aRoutineQuestionIsAnsweredByTheBot() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            ana.say("q-1", "What delivery options do you have?");

            JsonNode ack = ana.awaitEvent(messageWithClientId("q-1"));
            JsonNode answer = ana.awaitEvent(m -> message("BOT").test(m) && m.get("seq").asLong() > ack.get("seq").asLong());
            assertThat(answer.get("text").asText()).containsIgnoringCase("delivery");
            assertThat(ana.events()).noneMatch(status("WAITING_FOR_AGENT"));
        }
    }

    @Test
    void anOrderQuestionIsAnsweredFromTheDemoShopsOrders() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            ana.say("o-1", "track order B7730012");

            JsonNode ack = ana.awaitEvent(messageWithClientId("o-1"));
            JsonNode answer = ana.awaitEvent(m -> message("BOT").test(m) && m.get("seq").asLong() > ack.get("seq").asLong());
            assertThat(answer.get("text").asText()).startsWith("Order B7730012, a Fellside rain jacket, left our "
                    + "warehouse ").endsWith("the tracking says it arrives tomorrow.");
        }
    }

    @Test
    void aFrustratedCustomerIsHandedToAPersonAndToldHonestlyThatNobodyIsOnlineYet() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            ana.say("f-1", "Where is my order? It is two weeks late.");
            ana.awaitEvent(m -> message("BOT").test(m) && m.get("seq").asLong() > 2);
            ana.say("f-2", "This is useless!!! You keep giving me the same answer. I want to speak to a human NOW.");

            // No agent has the console open in this application: no place in a line nobody serves.
            JsonNode waiting = ana.awaitEvent(status("WAITING_FOR_AGENT"));
            assertThat(waiting.get("text").asText()).startsWith("No one from our team is online right now.");
            assertThat(waiting.get("leaveMessage").asBoolean()).isTrue();
            assertThat(waiting.get("queuePosition").isNull()).isTrue();
            assertThat(ana.events().toString()).doesNotContain("reading", "reasons", "FRUSTRATION", "ANGER");

            engine.agentJoins(new ConversationId(java.util.UUID.fromString(ana.conversationId())), "dana", "Dana");

            JsonNode joined = ana.awaitEvent(status("WITH_AGENT"));
            assertThat(joined.get("text").asText()).isEqualTo("Dana has joined.");
            assertThat(joined.get("agentName").asText()).isEqualTo("Dana");
        }
    }

    @Test
    void aDroppedConnectionResumesWithNoGapAndNoDuplicate() throws Exception {
        try (CustomerClient phone = CustomerClient.start(port)) {
            phone.askHistoryAfter(0);
            List<Long> seen = new ArrayList<>(seqs(phone.awaitHistory().get("messages")));
            phone.say("d-1", "What delivery options do you have?");
            phone.awaitEvent(message("BOT"));
            phone.messages().forEach(m -> seen.add(m.get("seq").asLong()));
            long lastSeq = seen.get(seen.size() - 1);

            phone.drop();
            try (CustomerClient laptop = CustomerClient.resume(port, phone)) {
                laptop.say("d-2", "How do I return a jacket?");
                laptop.awaitEvent(m -> message("BOT").test(m) && m.get("seq").asLong() > lastSeq + 1);
            }
            phone.connect();
            phone.askHistoryAfter(lastSeq);
            seen.addAll(seqs(phone.awaitHistory().get("messages")));

            assertThat(seen).containsExactlyElementsOf(LongStream.rangeClosed(1, seen.size()).boxed().toList());
            assertThat(seen).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void aReloadWithTheSameTokenResumesTheSameConversation() throws Exception {
        try (CustomerClient ana = CustomerClient.start(port)) {
            JsonNode resumed = CustomerClient.startSession(port, ana.token());
            JsonNode forged = CustomerClient.startSession(port, ana.token() + "x");

            assertThat(resumed.get("conversationId").asText()).isEqualTo(ana.conversationId());
            assertThat(resumed.get("resumed").asBoolean()).isTrue();
            assertThat(forged.get("conversationId").asText()).isNotEqualTo(ana.conversationId());
            assertThat(forged.get("resumed").asBoolean()).isFalse();
        }
    }

    private static List<Long> seqs(JsonNode messages) {
        List<Long> seqs = new ArrayList<>();
        messages.forEach(m -> seqs.add(m.get("seq").asLong()));
        return seqs;
    }
}
