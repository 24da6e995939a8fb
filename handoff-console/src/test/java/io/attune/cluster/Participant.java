package io.attune.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.attune.load.JsonFrames;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.awaitility.Awaitility.await;

/**
 * A customer or an agent on a real STOMP connection to one instance. Every subscription waits for
 * the broker's RECEIPT (RabbitMQ sends it once the subscription exists), so nothing published
 * afterwards can be missed; everything received is kept, in order, per destination.
 */
public final class Participant {

    private static final WebSocketStompClient client = client();

    private final StompSession session;
    private final Map<String, List<JsonNode>> received = new ConcurrentHashMap<>();

    private Participant(StompSession session) {
        this.session = session;
        session.setAutoReceipt(true);
    }

    /** A customer: CONNECT with the widget token. */
    public static Participant customer(String ws, String token) throws Exception {
        StompHeaders connect = new StompHeaders();
        connect.add("token", token);
        return connect(ws, new WebSocketHttpHeaders(), connect);
    }

    /** A customer whose CONNECT names a broker virtual host of its own choosing. */
    static Participant customerAskingForHost(String ws, String token, String host) throws Exception {
        StompHeaders connect = new StompHeaders();
        connect.add("token", token);
        connect.setHost(host);
        return connect(ws, new WebSocketHttpHeaders(), connect);
    }

    /** An agent: the console's session cookie on the handshake and its CSRF token on CONNECT. */
    public static Participant agent(String ws, String cookie, String csrf) throws Exception {
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Cookie", cookie);
        StompHeaders connect = new StompHeaders();
        connect.add("X-CSRF-TOKEN", csrf);
        return connect(ws, handshake, connect);
    }

    private static Participant connect(String ws, WebSocketHttpHeaders handshake, StompHeaders connect)
            throws Exception {
        return new Participant(client.connectAsync(ws, handshake, connect, new StompSessionHandlerAdapter() {
        }).get(30, TimeUnit.SECONDS));
    }

    public Participant subscribe(String destination) throws Exception {
        List<JsonNode> frames = received.computeIfAbsent(destination, d -> new CopyOnWriteArrayList<>());
        CompletableFuture<Void> receipt = new CompletableFuture<>();
        StompSession.Subscription subscription = session.subscribe(destination, new JsonFrames(frames::add));
        subscription.addReceiptTask(() -> receipt.complete(null));
        subscription.addReceiptLostTask(() -> receipt.completeExceptionally(
                new IllegalStateException("no RECEIPT for SUBSCRIBE " + destination)));
        receipt.get(30, TimeUnit.SECONDS);
        return this;
    }

    public void send(String destination, Map<String, ?> body) {
        session.send(destination, body);
    }

    /** Waits until a frame on the destination matches, and answers it. */
    public JsonNode awaitFrame(String destination, Predicate<JsonNode> match) {
        List<JsonNode> frames = received.computeIfAbsent(destination, d -> new CopyOnWriteArrayList<>());
        await().atMost(90, TimeUnit.SECONDS).until(() -> frames.stream().anyMatch(match));
        return frames.stream().filter(match).findFirst().orElseThrow();
    }

    public List<JsonNode> frames(String destination) {
        return List.copyOf(received.getOrDefault(destination, List.of()));
    }

    boolean connected() {
        return session.isConnected();
    }

    public void disconnect() {
        if (session.isConnected()) {
            session.disconnect();
        }
    }

    public static Predicate<JsonNode> message(String author, String clientIdOrText) {
        return f -> "message".equals(f.path("type").asText()) && author.equals(f.path("author").asText())
                && (clientIdOrText.equals(f.path("clientId").asText()) || clientIdOrText.equals(f.path("text").asText()));
    }

    public static Predicate<JsonNode> status(String state) {
        return f -> "status".equals(f.path("type").asText()) && state.equals(f.path("state").asText());
    }

    private static WebSocketStompClient client() {
        WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
        stomp.setMessageConverter(new CompositeMessageConverter(
                List.of(new StringMessageConverter(), new MappingJackson2MessageConverter())));
        ThreadPoolTaskScheduler receipts = new ThreadPoolTaskScheduler();
        receipts.initialize();
        stomp.setTaskScheduler(receipts);
        return stomp;
    }
}
