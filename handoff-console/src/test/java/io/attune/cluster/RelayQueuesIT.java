package io.attune.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What one instance leaves on the real RabbitMQ relay: customers' per-connection queues go with their
 * connection, and a client cannot pick the broker's virtual host. Counts queues through RabbitMQ's
 * management API on 127.0.0.1:15672 (.ci/run enables the plugin).
 */
class RelayQueuesIT {

    private static final ObjectMapper json = new ObjectMapper();
    private static Instances instances;
    private static ConfigurableApplicationContext instance;

    @BeforeAll
    static void start() throws Exception {
        instances = new Instances();
        // Every visitor of this test comes from 127.0.0.1.
        instance = instances.start("--attune.limits.sessions-per-address=1000/1m");
    }

    @AfterAll
    static void stop() throws Exception {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void twoHundredVisitsLeaveNoQueueBehind() throws Exception {
        int before = perSessionQueues().size();

        for (int visit = 0; visit < 200; visit++) {
            JsonNode session = Instances.widgetSession(instance, null);
            Participant customer = Participant.customer(Instances.ws(instance), session.get("token").asText())
                    .subscribe("/topic/conversation." + session.get("conversationId").asText())
                    .subscribe("/user/queue/errors").subscribe("/user/queue/history");
            if (visit == 0) {
                assertThat(perSessionQueues().size()).as("the open visit's own queues").isGreaterThanOrEqualTo(before + 2);
            }
            customer.disconnect();
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(perSessionQueues()).hasSizeLessThanOrEqualTo(before));
    }

    @Test
    void aClientCannotChooseTheBrokersVirtualHost() throws Exception {
        JsonNode session = Instances.widgetSession(instance, null);
        String topic = "/topic/conversation." + session.get("conversationId").asText();

        Participant customer = Participant.customerAskingForHost(Instances.ws(instance), session.get("token").asText(),
                "someone-elses-vhost").subscribe(topic);

        customer.send("/app/conversation." + session.get("conversationId").asText() + ".messages",
                java.util.Map.of("clientId", "c-1", "text", "Hello, where is my parcel?"));
        customer.awaitFrame(topic, f -> "c-1".equals(f.path("clientId").asText()));
        customer.disconnect();
    }

    /** Names of the queues Spring's user destinations create on the broker ({@code errors-user…}, {@code history-user…}). */
    private static List<String> perSessionQueues() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:15672/api/queues/%2F?columns=name"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("guest:guest".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("RabbitMQ's management API (rabbitmq_management plugin)").isEqualTo(200);
        List<String> names = new ArrayList<>();
        json.readTree(response.body()).forEach(q -> names.add(q.path("name").asText()));
        return names.stream().filter(name -> name.contains("-user")).toList();
    }
}
