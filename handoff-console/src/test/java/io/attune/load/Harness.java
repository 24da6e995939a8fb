package io.attune.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.websocket.ContainerProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * What every simulated client shares: one small scheduler (no thread per client), one STOMP client,
 * one HTTP client, the texts, and the statistics of the level running now.
 */
final class Harness implements AutoCloseable {

    private static final ObjectMapper json = new ObjectMapper();

    final URI http;
    final String ws;
    final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    final WebSocketStompClient stomp;
    final Texts texts;
    private final ThreadPoolTaskExecutor connector = new ThreadPoolTaskExecutor();
    private final HttpClient widgetHttp = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, SimulatedCustomer> customers = new ConcurrentHashMap<>();
    private final Set<String> seenInQueue = ConcurrentHashMap.newKeySet();
    private final Set<String> taken = ConcurrentHashMap.newKeySet();
    private volatile LevelStats stats = new LevelStats();

    Harness(int port, Texts texts) {
        this.http = URI.create("http://127.0.0.1:" + port);
        this.ws = "ws://127.0.0.1:" + port + "/ws";
        this.texts = texts;
        connector.setCorePoolSize(4);
        connector.setMaxPoolSize(4);
        connector.setThreadNamePrefix("ws-connect-");
        connector.initialize();
        StandardWebSocketClient client = new StandardWebSocketClient(ContainerProvider.getWebSocketContainer());
        client.setTaskExecutor(connector);
        stomp = new WebSocketStompClient(client);
        // Text for ERROR frames, JSON for everything else.
        stomp.setMessageConverter(new CompositeMessageConverter(
                List.of(new StringMessageConverter(), new MappingJackson2MessageConverter())));
        stomp.setInboundMessageSizeLimit(1024 * 1024);
        // Like an idle browser tab with heart-beats off: no timer per connection on either side.
        stomp.setDefaultHeartbeat(new long[] {0, 0});
    }

    LevelStats stats() {
        return stats;
    }

    LevelStats newLevel() {
        stats = new LevelStats();
        seenInQueue.clear();
        return stats;
    }

    /** {@code POST /api/widget/sessions}: a token and a new conversation. */
    CompletableFuture<JsonNode> startWidgetSession() {
        HttpRequest request = HttpRequest.newBuilder(http.resolve("/api/widget/sessions")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"siteKey\":\"load\",\"token\":null}")).build();
        return widgetHttp.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
            if (r.statusCode() != 200) {
                throw new IllegalStateException("session start answered " + r.statusCode());
            }
            return read(r.body());
        });
    }

    void register(SimulatedCustomer customer) {
        customers.put(customer.conversationId(), customer);
    }

    /** An agent saw this conversation in the queue: the first sighting ends its handoff latency. */
    void seenInQueue(String conversationId) {
        SimulatedCustomer customer = customers.get(conversationId);
        if (customer != null && seenInQueue.add(conversationId)) {
            LevelStats.record(stats.handoffLatency, customer.lastSendNanos());
        }
    }

    /** Agents split the queue between them, as people looking at one screen would. */
    boolean take(String conversationId) {
        return customers.containsKey(conversationId) && taken.add(conversationId);
    }

    void release(String conversationId) {
        taken.remove(conversationId);
    }

    static JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable answer: " + body, e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        connector.shutdown();
    }
}
