package io.attune.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attune.engine.conversation.Conversation;
import io.attune.admin.SeededConversations;
import io.attune.admin.SeededConversations.Seed;
import io.attune.admin.thresholds.ThresholdField;
import io.attune.admin.whatif.Conversations;
import io.attune.engine.handoff.HandoffPolicy;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.load.Browser;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admin's what-if with two instances behind a round-robin proxy ({@code cluster} profile: shared
 * PostgreSQL and RabbitMQ). The replay runs on the instance that started it, but its state, progress and
 * result are in the database, so the page's polls may reach either instance. Needs PostgreSQL on
 * 127.0.0.1:5432 and RabbitMQ's STOMP plugin on 61613 (.ci/run starts both).
 */
class ClusterWhatIfIT {

    @RegisterExtension
    static final TwoInstances cluster = new TwoInstances();
    private static final ObjectMapper json = new ObjectMapper();
    private static final int CONVERSATIONS = 3_000;
    private static final HandoffThresholds STRICTER =
            new HandoffThresholds(0.5, 0.55, 0.75, 0.80, 1, -0.3, 2, -0.35, 2, true, true, 0.75, 0.30, 0.70, 0.45);
    private static final List<Seed> stored = Conversations.seeds(CONVERSATIONS, new Random(11));

    @BeforeAll
    static void storeConversations() {
        new SeededConversations(cluster.a().getBean(JdbcTemplate.class)).store(stored);
    }

    @Test
    void aWhatIfStartedOnOneInstanceIsFollowedToItsEndAndReadOnTheOther() throws Exception {
        Browser onA = new Browser(Instances.http(cluster.a()))
                .logIn("admin", cluster.instances().adminPassword, "/admin/thresholds");
        Browser onB = onA.on(Instances.http(cluster.b()));

        HttpResponse<String> started = onA.postForResponse("/admin/thresholds/what-if", form(STRICTER));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String run = "/admin/thresholds/what-if/" + json.readTree(started.body()).get("id").asText();

        // As the page polls, but every poll on B: a 404 there (the run unknown to B) fails at once.
        List<JsonNode> seenOnB = new CopyOnWriteArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonNode status = onB.getJson(run);
            seenOnB.add(status);
            return !List.of("QUEUED", "RUNNING").contains(status.path("state").asText());
        });
        JsonNode doneOnB = seenOnB.get(seenOnB.size() - 1);

        assertThat(doneOnB.path("state").asText()).as(doneOnB.toString()).isEqualTo("DONE");
        assertThat(seenOnB).extracting(s -> s.path("done").asInt()).isSorted();
        assertThat(doneOnB.path("done").asInt()).isEqualTo(doneOnB.path("total").asInt()).isEqualTo(CONVERSATIONS);
        JsonNode result = doneOnB.path("result");
        assertThat(result.path("conversations").asInt()).isEqualTo(CONVERSATIONS);
        assertThat(result.path("current").path("handoffs").asLong()).isEqualTo(handedOffBy(HandoffThresholds.defaults()));
        assertThat(result.path("candidate").path("handoffs").asLong()).isEqualTo(handedOffBy(STRICTER));
        assertThat(result.path("handedOver")).hasSize((int) Math.min(200, handedOffBy(STRICTER)));
        assertThat(onA.getJson(run)).as("the same run read on A").isEqualTo(doneOnB);
    }

    @Test
    void aRunWhoseInstanceStoppedIsShownFailedOnTheOthersInsteadOfRunningForEver() throws Exception {
        String id = UUID.randomUUID().toString();
        try (Connection db = cluster.instances().connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO what_if_runs (id, instance_id, state, done, total, created_at, heartbeat_at) "
                        + "VALUES (?, 'an-instance-that-crashed', 'RUNNING', 500, 3000, now() - interval '2 minutes', "
                        + "now() - interval '1 minute')")) {
            insert.setString(1, id);
            insert.executeUpdate();
        }
        Browser onB = new Browser(Instances.http(cluster.b()))
                .logIn("admin", cluster.instances().adminPassword, "/admin/thresholds");

        JsonNode status = onB.getJson("/admin/thresholds/what-if/" + id);

        assertThat(status.path("state").asText()).isEqualTo("FAILED");
        assertThat(status.path("error").asText()).isEqualTo("The instance running this what-if stopped; start it again.");
    }

    /** The thresholds as the page's form posts them. */
    private static Map<String, String> form(HandoffThresholds t) {
        return Arrays.stream(ThresholdField.values()).collect(Collectors.toMap(ThresholdField::param, f -> f.format(t)));
    }

    /** What the engine's policy does with the stored transcripts, computed here from the data this test stored. */
    private static long handedOffBy(HandoffThresholds t) {
        HandoffPolicy policy = new HandoffPolicy();
        return stored.stream().filter(s -> policy.firstHandoff(Conversation.policyTurnsOf(s.turns()), t).isPresent()).count();
    }
}
