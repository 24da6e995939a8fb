package io.attune.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.web.socket.WebSocketHttpHeaders;

/**
 * One customer in the widget: asks routine questions at a human pace; if set to grow angry, escalates
 * until a person takes over, thanks the agent, and goes back to the bot once handed back. Measures the
 * time from each send to its acknowledgement (the stored turn coming back) and to the bot's reply.
 */
final class SimulatedCustomer extends CountingSessionHandler {

    enum Phase { ROUTINE, ESCALATING, WAITING, WITH_AGENT }

    /** Reading the answer and typing the next question, when the answer came later than planned. */
    private static final double THINK_SECONDS = 1.0;

    private final Harness harness;
    private final int number;
    private final InFlight inFlight = new InFlight();
    private volatile String conversationId;
    private volatile StompSession session;
    private volatile Phase phase = Phase.ROUTINE;
    private volatile long lastSendNanos = System.nanoTime();
    private volatile ScheduledFuture<?> next;
    private volatile double intervalSeconds;
    private volatile int routineBeforeAnger = -1;
    private boolean overdue;
    private final AtomicInteger sentCount = new AtomicInteger();
    private int escalations;

    SimulatedCustomer(Harness harness, int number) {
        super(harness, "customer");
        this.harness = harness;
        this.number = number;
    }

    /** Starts a widget session and opens its STOMP connection with both subscriptions. */
    CompletableFuture<SimulatedCustomer> connect() {
        return harness.startWidgetSession().thenCompose(answer -> {
            conversationId = answer.get("conversationId").asText();
            harness.register(this);
            StompHeaders connect = new StompHeaders();
            connect.add("token", answer.get("token").asText());
            return harness.stomp.connectAsync(harness.ws, new WebSocketHttpHeaders(), connect, this);
        }).thenApply(s -> {
            session = s;
            s.subscribe("/topic/conversation." + conversationId, new JsonFrames(this::onEvent));
            s.subscribe("/user/queue/errors", new JsonFrames(e -> harness.stats().error("customer:" + e.path("code").asText())));
            return this;
        });
    }

    /** Talk at this pace from now on; {@code angry}: escalate after a few routine questions. */
    synchronized void start(double intervalSeconds, boolean angry) {
        this.overdue = false;
        this.intervalSeconds = intervalSeconds;
        this.routineBeforeAnger = angry ? ThreadLocalRandom.current().nextInt(5) : -1;
        this.escalations = 0;
        schedule(ThreadLocalRandom.current().nextDouble(intervalSeconds));
    }

    void stop() {
        ScheduledFuture<?> pending = next;
        intervalSeconds = 0;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    /** Sends not yet acknowledged plus routine turns the bot has not answered yet. */
    int outstanding() {
        return inFlight.size();
    }

    /** Forgets what is still outstanding and returns how much that was (counted as errors by the caller). */
    int forgetOutstanding() {
        return inFlight.forget();
    }

    boolean withPerson() {
        return phase == Phase.WAITING || phase == Phase.WITH_AGENT;
    }

    void disconnect() {
        stop();
        StompSession s = session;
        if (s != null && s.isConnected()) {
            s.disconnect();
        }
    }

    String conversationId() {
        return conversationId;
    }

    long lastSendNanos() {
        return lastSendNanos;
    }

    private void schedule(double seconds) {
        if (intervalSeconds > 0) {
            next = harness.scheduler.schedule(this::tick, (long) (seconds * 1_000_000), TimeUnit.MICROSECONDS);
        }
    }

    /**
     * A person waits for the answer before asking the next question: a tick that finds the last one
     * unanswered is put off until the answer comes ({@link #answered()}). That keeps at most one turn
     * per customer in flight, so an overloaded server sees longer waits, not an ever-growing backlog.
     */
    private synchronized void tick() {
        if (intervalSeconds <= 0) {
            return;
        }
        if (!inFlight.isEmpty()) {
            overdue = true;
            return;
        }
        if (phase == Phase.ROUTINE && routineBeforeAnger == 0) {
            phase = Phase.ESCALATING;
        }
        if (phase == Phase.ROUTINE) {
            routineBeforeAnger--;
            send(harness.texts.routineQuestion(), true);
        } else if (phase == Phase.ESCALATING && escalations < Texts.escalationLimit()) {
            send(Texts.escalation(escalations++), true);
        }
        // Half to one and a half times the mean interval: people do not type on a metronome.
        schedule(intervalSeconds * (0.5 + ThreadLocalRandom.current().nextDouble()));
    }

    private synchronized void answered() {
        if (overdue && inFlight.isEmpty()) {
            overdue = false;
            schedule(THINK_SECONDS);
        }
    }

    /** Synchronized: one frame at a time on the connection (the WebSocket client allows no concurrent writes). */
    private synchronized void send(String text, boolean botShouldAnswer) {
        StompSession s = session;
        LevelStats stats = harness.stats();
        if (s == null || !s.isConnected()) {
            stats.error("customer:not-connected");
            return;
        }
        String clientId = "c" + number + "-" + sentCount.incrementAndGet();
        lastSendNanos = System.nanoTime();
        inFlight.sent(clientId, lastSendNanos, botShouldAnswer, stats);
        s.send("/app/conversation." + conversationId + ".messages", Map.of("clientId", clientId, "text", text));
    }

    private void onEvent(JsonNode event) {
        switch (event.path("type").asText()) {
            case "message" -> onMessage(event);
            case "status" -> onStatus(event.path("state").asText());
            default -> { }
        }
    }

    private void onMessage(JsonNode m) {
        long seq = m.path("seq").asLong();
        switch (m.path("author").asText()) {
            case "CUSTOMER" -> {
                if (inFlight.acknowledged(m.path("clientId").asText(), seq, !withPerson())) {
                    answered();
                }
            }
            case "BOT" -> {
                if (inFlight.botReplied(seq, harness.stats())) {
                    answered();
                }
            }
            case "AGENT" -> {
                harness.stats().agentDelivered.increment();
                harness.scheduler.schedule(() -> send(Texts.THANKS, false), 1, TimeUnit.SECONDS);
            }
            default -> { }
        }
    }

    private void onStatus(String state) {
        switch (state) {
            case "WAITING_FOR_AGENT" -> {
                if (phase != Phase.WAITING) {
                    harness.stats().handoffs.increment();
                }
                phase = Phase.WAITING;
                // The bot's last word came before this status; from now on a person answers.
                inFlight.noMoreBotReplies();
                answered();
            }
            case "WITH_AGENT" -> phase = Phase.WITH_AGENT;
            case "BOT_ANSWERING", "BOT_CLARIFYING" -> {
                phase = Phase.ROUTINE;
                routineBeforeAnger = -1;
            }
            default -> harness.stats().error("customer:state-" + state);
        }
    }
}
