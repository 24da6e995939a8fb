package io.attune.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.attune.load.Browser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static io.attune.cluster.Participant.message;
import static io.attune.cluster.Participant.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances with the {@code cluster} profile (shared PostgreSQL, RabbitMQ STOMP relay): a customer
 * on A is handed over, an agent on B answers, A goes down, and the customer carries on through B with
 * the whole conversation and nothing lost. Needs PostgreSQL on 127.0.0.1:5432 and RabbitMQ's STOMP
 * plugin on 61613 (.ci/run starts both).
 */
class ClusterFailoverIT {

    @RegisterExtension
    static final TwoInstances cluster = new TwoInstances();

    @Test
    void agentOnOtherInstanceAnswersAndCustomerResumesThereWhenItsInstanceStops() throws Exception {
        ConfigurableApplicationContext a = cluster.a();
        ConfigurableApplicationContext b = cluster.b();
        JsonNode started = Instances.widgetSession(a, null);
        String id = started.get("conversationId").asText();
        String topic = "/topic/conversation." + id;
        Participant customer = Participant.customer(Instances.ws(a), started.get("token").asText())
                .subscribe(topic).subscribe("/user/queue/errors");
        Browser console = new Browser(Instances.http(b)).logIn("admin", cluster.instances().adminPassword, "/console");
        Participant agent = Participant.agent(Instances.ws(b), console.cookieHeader(), console.csrf())
                .subscribe("/topic/console.queue");
        List<String> sent = new ArrayList<>();

        askForAPersonUntilHandedOver(customer, topic, sent);
        agent.awaitFrame("/topic/console.queue", queue -> queue.path("waiting").findValuesAsText("conversationId").contains(id));

        assertThat(console.post("/console/conversations/" + id + "/claim", Map.of()).get(60, TimeUnit.SECONDS)).isEqualTo(200);
        customer.awaitFrame(topic, status("WITH_AGENT"));
        agent.subscribe("/topic/console.conversation." + id);
        say(agent, "/app/console.conversation." + id + ".messages", "agent-1", "Hello, I am Ada. Let me look.", sent);
        customer.awaitFrame(topic, message("AGENT", "Hello, I am Ada. Let me look."));
        say(customer, "/app/conversation." + id + ".messages", "customer-thanks", "Order 4411, it never came.", sent);
        agent.awaitFrame("/topic/console.conversation." + id, message("CUSTOMER", "customer-thanks"));
        long lastSeen = customer.frames(topic).stream().mapToLong(f -> f.path("seq").asLong()).max().orElseThrow();

        customer.disconnect();
        a.close();
        say(agent, "/app/console.conversation." + id + ".messages", "agent-2", "It ships today, sorry.", sent);
        agent.awaitFrame("/topic/console.conversation." + id, message("AGENT", "agent-2"));

        JsonNode resumed = Instances.widgetSession(b, started.get("token").asText());
        assertThat(resumed.get("conversationId").asText()).isEqualTo(id);
        assertThat(resumed.get("resumed").asBoolean()).isTrue();
        Participant back = Participant.customer(Instances.ws(b), resumed.get("token").asText())
                .subscribe(topic).subscribe("/user/queue/history").subscribe("/user/queue/errors");
        back.send("/app/conversation." + id + ".history", Map.of("afterSeq", lastSeen));
        JsonNode missed = back.awaitFrame("/user/queue/history", h -> h.has("messages"));
        assertThat(missed.get("messages").findValuesAsText("text")).containsExactly("It ships today, sorry.");
        say(back, "/app/conversation." + id + ".messages", "customer-back", "Great, thank you!", sent);
        agent.awaitFrame("/topic/console.conversation." + id, message("CUSTOMER", "customer-back"));

        assertThat(storedClientIds(id)).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(back.frames("/user/queue/errors")).isEmpty();
        assertThat(customer.frames("/user/queue/errors")).isEmpty();
        back.disconnect();
        agent.disconnect();
    }

    /** Explicit asks hand over at once by default; a few more tries cover a reader that needs two turns. */
    private static void askForAPersonUntilHandedOver(Participant customer, String topic, List<String> sent) {
        String destination = topic.replace("/topic/", "/app/") + ".messages";
        for (int i = 1; i <= 4 && customer.frames(topic).stream().noneMatch(status("WAITING_FOR_AGENT")); i++) {
            String clientId = "customer-" + i;
            say(customer, destination, clientId, "This is useless, I am furious. Let me talk to a real person now!", sent);
            customer.awaitFrame(topic, f -> "BOT".equals(f.path("author").asText())
                    && f.path("seq").asLong() > seqOf(customer, topic, clientId));
        }
        customer.awaitFrame(topic, status("WAITING_FOR_AGENT"));
    }

    private static long seqOf(Participant p, String topic, String clientId) {
        return p.awaitFrame(topic, message("CUSTOMER", clientId)).path("seq").asLong();
    }

    private static void say(Participant who, String destination, String clientId, String text, List<String> sent) {
        sent.add(clientId);
        who.send(destination, Map.of("clientId", clientId, "text", text));
    }

    private static List<String> storedClientIds(String conversationId) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection db = cluster.instances().connect();
             PreparedStatement query = db.prepareStatement(
                     "SELECT client_id FROM turns WHERE conversation_id = ? AND client_id IS NOT NULL")) {
            query.setObject(1, UUID.fromString(conversationId));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }
}
