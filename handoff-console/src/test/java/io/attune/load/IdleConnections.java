package io.attune.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.web.socket.WebSocketHttpHeaders;

/**
 * Idle connections: each is a customer's open, subscribed STOMP connection (conversation topic and
 * error queue) that says nothing. {@value #TABS_PER_CONVERSATION} connections share one widget session,
 * like a customer with the shop open in many tabs, so the server's cost of connections and
 * subscriptions is measured without the cost of starting 10,000 conversations. Measures live heap after
 * a full collection and resident memory, before and after.
 */
record IdleConnections(int requested, List<StompSession> sessions, int failed, double seconds,
                       long heapBefore, long heapAfter, long rssBefore, long rssAfter) {

    /** At most attune.limits.connections-per-conversation (5 by default): more are refused, as they should be. */
    static final int TABS_PER_CONVERSATION = 5;
    private static final int BATCH = 50;
    /** Opening stops at the first batch with a failure, or after this long. */
    private static final long TIME_LIMIT_NANOS = TimeUnit.MINUTES.toNanos(10);

    static IdleConnections open(Harness harness, Monitor monitor, int count) throws IOException, InterruptedException {
        System.out.printf("opening %d idle connections%n", count);
        long heapBefore = monitor.heapAfterGc();
        long rssBefore = monitor.rss();
        long start = System.nanoTime();
        List<StompSession> sessions = new ArrayList<>();
        int failed = 0;
        JsonNode widget = null;
        for (int done = 0; done < count && failed == 0 && System.nanoTime() - start < TIME_LIMIT_NANOS; done += BATCH) {
            List<CompletableFuture<StompSession>> batch = new ArrayList<>();
            for (int i = done; i < Math.min(count, done + BATCH); i++) {
                if (i % TABS_PER_CONVERSATION == 0) {
                    widget = harness.startWidgetSession().join();
                }
                batch.add(connect(harness, widget));
            }
            for (CompletableFuture<StompSession> session : batch) {
                try {
                    sessions.add(session.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException | TimeoutException e) {
                    failed++;
                    System.out.println("  idle connection failed: " + e);
                }
            }
            if (done % 1000 == 0) {
                System.out.printf("  %d idle connections open after %.0fs%n", sessions.size(), (System.nanoTime() - start) / 1e9);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new IdleConnections(count, sessions, failed, seconds, heapBefore, monitor.heapAfterGc(), rssBefore,
                monitor.rss());
    }

    private static CompletableFuture<StompSession> connect(Harness harness, JsonNode widget) {
        String topic = "/topic/conversation." + widget.get("conversationId").asText();
        StompHeaders connect = new StompHeaders();
        connect.add("token", widget.get("token").asText());
        return harness.stomp.connectAsync(harness.ws, new WebSocketHttpHeaders(), connect,
                new CountingSessionHandler(harness, "idle") { }).thenApply(session -> {
                    session.subscribe(topic, new JsonFrames(frame -> { }));
                    session.subscribe("/user/queue/errors", new JsonFrames(e -> harness.stats().error("idle:" + e)));
                    return session;
                });
    }

    int opened() {
        return sessions.size();
    }

    void close() {
        sessions.stream().filter(StompSession::isConnected).forEach(StompSession::disconnect);
    }

    long heapPerConnection() {
        return opened() == 0 ? 0 : (heapAfter - heapBefore) / opened();
    }

    long rssPerConnection() {
        return opened() == 0 ? 0 : (rssAfter - rssBefore) / opened();
    }

    String summary() {
        return String.format("%d of %d idle connections open in %.0fs (%d failed); live heap %d -> %d MB "
                + "(%.1f KB per connection), RSS %d -> %d MB (%.1f KB per connection)", opened(), requested, seconds,
                failed, heapBefore >> 20, heapAfter >> 20, heapPerConnection() / 1024.0, rssBefore >> 20,
                rssAfter >> 20, rssPerConnection() / 1024.0);
    }
}
