package io.attune.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSession.Subscription;
import org.springframework.web.socket.WebSocketHttpHeaders;

/**
 * One agent at the console: watches the queue topic, takes waiting conversations up to the console's
 * limit, answers each, and hands it back to the bot once the answer is stored, as a person would once
 * the customer is calm again.
 */
final class SimulatedAgent extends CountingSessionHandler {

    private static final int MAX_HELD = 5;
    private static final String ANSWER = "I am sorry about this. I have found your order and it ships today.";

    private final Harness harness;
    private final String username;
    private final Browser browser;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sent = new AtomicInteger();
    private StompSession session;

    SimulatedAgent(Harness harness, String username) {
        super(harness, "agent");
        this.harness = harness;
        this.username = username;
        this.browser = new Browser(harness.http);
    }

    SimulatedAgent connect(String password) throws IOException, InterruptedException, ExecutionException,
            TimeoutException {
        browser.logIn(username, password, "/console");
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Cookie", browser.cookieHeader());
        StompHeaders connect = new StompHeaders();
        connect.add("X-CSRF-TOKEN", browser.csrf());
        session = harness.stomp.connectAsync(harness.ws, handshake, connect, this).get(30, TimeUnit.SECONDS);
        session.subscribe("/user/queue/errors", new JsonFrames(e -> harness.stats().error("agent:" + e.path("code").asText())));
        session.subscribe("/topic/console.queue", new JsonFrames(this::onQueue));
        return this;
    }

    int holding() {
        return held.size();
    }

    void disconnect() {
        if (session != null && session.isConnected()) {
            session.disconnect();
        }
    }

    private void onQueue(JsonNode view) {
        for (JsonNode entry : view.path("waiting")) {
            String id = entry.path("conversationId").asText();
            harness.seenInQueue(id);
            if (held.size() < MAX_HELD && harness.take(id)) {
                held.add(id);
                claim(id);
            }
        }
    }

    private void claim(String id) {
        LevelStats stats = harness.stats();
        browser.post("/console/conversations/" + id + "/claim", Map.of()).whenComplete((status, failure) -> {
            if (failure != null || status != 200) {
                stats.error("agent:claim " + (failure != null ? failure.getClass().getSimpleName() : status));
                done(id);
                return;
            }
            stats.claims.increment();
            String clientId = username + "-" + sent.incrementAndGet();
            Subscription[] transcript = new Subscription[1];
            transcript[0] = subscribe("/topic/console.conversation." + id, new JsonFrames(line -> {
                if (clientId.equals(line.path("clientId").asText())) {
                    harness.scheduler.execute(() -> unsubscribe(transcript[0]));
                    harness.scheduler.schedule(() -> handBack(id), 2, TimeUnit.SECONDS);
                }
            }));
            harness.scheduler.schedule(() -> answer(id, clientId), 1, TimeUnit.SECONDS);
        });
    }

    /** One frame at a time on the connection: the WebSocket client does not allow concurrent writes. */
    private synchronized Subscription subscribe(String destination, JsonFrames frames) {
        return session.subscribe(destination, frames);
    }

    private synchronized void unsubscribe(Subscription subscription) {
        subscription.unsubscribe();
    }

    private synchronized void answer(String id, String clientId) {
        harness.stats().agentSent.increment();
        session.send("/app/console.conversation." + id + ".messages", Map.of("clientId", clientId, "text", ANSWER));
    }

    /** Once the agent's answer is stored (it came back on the console topic), the bot takes over again. */
    private void handBack(String id) {
        LevelStats stats = harness.stats();
        browser.post("/console/conversations/" + id + "/hand-back", Map.of()).whenComplete((status, failure) -> {
            if (failure != null || status != 302) {
                stats.error("agent:hand-back " + (failure != null ? failure.getClass().getSimpleName() : status));
            } else {
                stats.handBacks.increment();
            }
            done(id);
        });
    }

    private void done(String id) {
        held.remove(id);
        harness.release(id);
    }
}
