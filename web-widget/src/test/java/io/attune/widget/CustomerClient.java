package io.attune.widget;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.springframework.messaging.converter.SimpleMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.tcp.TcpConnection;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A customer as the widget is one, for tests against a running server: starts a session over HTTP,
 * then speaks STOMP over a real WebSocket with Spring's {@link WebSocketStompClient}. Everything the
 * server sends is kept, in arrival order, as JSON.
 */
public final class CustomerClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final int port;
    private final String token;
    private final String conversationId;
    private final WebSocketStompClient stomp;
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private static final String PROBE = "probe-error-queue-";

    private final List<JsonNode> errors = new CopyOnWriteArrayList<>();
    private final List<JsonNode> histories = new CopyOnWriteArrayList<>();
    private final List<String> stompErrors = new CopyOnWriteArrayList<>();
    private StompSession session;

    private CustomerClient(int port, String token, String conversationId) {
        this.port = port;
        this.token = token;
        this.conversationId = conversationId;
        // A browser takes frames of any size; Tomcat's client stops at 8 KB unless told otherwise, which a
        // long conversation's history passes.
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(1024 * 1024);
        container.setDefaultMaxBinaryMessageBufferSize(1024 * 1024);
        this.stomp = new WebSocketStompClient(new StandardWebSocketClient(container));
        this.stomp.setInboundMessageSizeLimit(1024 * 1024);
        this.stomp.setMessageConverter(new SimpleMessageConverter());
    }

    /** A new customer: a new conversation, connected and subscribed to it. */
    public static CustomerClient start(int port) throws Exception {
        JsonNode session = startSession(port, null);
        CustomerClient client = new CustomerClient(port, session.get("token").asText(),
                session.get("conversationId").asText());
        client.connect();
        return client;
    }

    /** The same customer in another tab: same token, same conversation, its own connection. */
    public static CustomerClient resume(int port, CustomerClient other) throws Exception {
        return new CustomerClient(port, other.token, other.conversationId).connect();
    }

    /** The same customer in a tab not connected yet: connect with {@link #connect} or {@link #connectAttempt}. */
    public static CustomerClient tab(int port, CustomerClient other) {
        return new CustomerClient(port, other.token, other.conversationId);
    }

    /** {@code POST /api/widget/sessions} as the widget sends it; returns the answer. */
    public static JsonNode startSession(int port, String previousToken) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("siteKey", "demo", "token", previousToken == null ? "" : previousToken));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/widget/sessions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("session refused: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /**
     * Connects (again) with this customer's token and subscribes as the widget does, then waits until
     * the error queue is live: the server handles a session's frames on several threads, so an error
     * for a frame sent right after the SUBSCRIBE could otherwise come before the subscription exists.
     */
    public CustomerClient connect() throws Exception {
        session = connectWith(token);
        subscribe("/topic/conversation." + conversationId, events);
        subscribe("/user/queue/errors", errors);
        subscribe("/user/queue/history", histories);
        AtomicInteger probes = new AtomicInteger();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            say(PROBE + probes.incrementAndGet(), "x".repeat(2_001));
            return allErrors().stream().anyMatch(CustomerClient::isProbe);
        });
        return this;
    }

    /** A bare connection with any token (or none), for refusal tests. */
    public StompSession connectWith(String anyToken) throws Exception {
        return connectAttempt(anyToken).get(30, TimeUnit.SECONDS);
    }

    /** Starts connecting with any token; STOMP ERROR frames land in {@link #stompErrors()}. */
    public CompletableFuture<StompSession> connectAttempt(String anyToken) {
        StompHeaders connect = new StompHeaders();
        if (anyToken != null) {
            connect.add("token", anyToken);
        }
        return stomp.connectAsync(URI.create("ws://localhost:" + port + "/ws"), new WebSocketHttpHeaders(), connect,
                new StompSessionHandlerAdapter() {
                    @Override
                    public void handleFrame(StompHeaders headers, Object payload) {
                        stompErrors.add(String.valueOf(headers.getFirst("message")));
                    }

                    @Override
                    public void handleTransportError(StompSession s, Throwable exception) {
                        stompErrors.add("transport: " + exception);
                    }
                });
    }

    public void subscribe(String destination, List<JsonNode> into) {
        session.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                try {
                    into.add(JSON.readTree((byte[]) payload));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    public void say(String clientId, String text) throws IOException {
        send("messages", JSON.writeValueAsString(Map.of("clientId", clientId, "text", text)));
    }

    public void askHistoryAfter(long seq) throws IOException {
        send("history", JSON.writeValueAsString(Map.of("afterSeq", seq)));
    }

    /** Sends a raw body to {@code /app/conversation.{id}.{what}}, e.g. malformed JSON. */
    public void send(String what, String body) {
        sendTo("/app/conversation." + conversationId + "." + what, body);
    }

    public void sendTo(String destination, String body) {
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        headers.set("content-type", "application/json");
        session.send(headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Waits for the first event (in arrival order) that matches. */
    public JsonNode awaitEvent(Predicate<JsonNode> matching) {
        return awaitIn(events, matching);
    }

    public JsonNode awaitError(Predicate<JsonNode> matching) {
        return await().atMost(WAIT).until(() -> errors().stream().filter(matching).findFirst().orElse(null),
                found -> found != null);
    }

    public JsonNode awaitHistory() {
        return awaitIn(histories, h -> true);
    }

    public List<JsonNode> messages() {
        return events.stream().filter(e -> "message".equals(e.path("type").asText())).toList();
    }

    public List<JsonNode> events() {
        return events;
    }

    /** The errors the server sent, without those of {@link #connect}'s probes. */
    public List<JsonNode> errors() {
        return errors.stream().filter(e -> !isProbe(e)).toList();
    }

    private List<JsonNode> allErrors() {
        return errors;
    }

    private static boolean isProbe(JsonNode error) {
        return error.path("clientId").asText().startsWith(PROBE);
    }

    public List<String> stompErrors() {
        return stompErrors;
    }

    public String token() {
        return token;
    }

    public String conversationId() {
        return conversationId;
    }

    public StompSession session() {
        return session;
    }

    /** The network drops: the socket closes under the STOMP session, with no DISCONNECT frame. */
    public void drop() {
        TcpConnection<?> connection = (TcpConnection<?>) ReflectionTestUtils.getField(session, "connection");
        connection.close();
        await().atMost(WAIT).until(() -> !session.isConnected());
        events.clear();
        errors.clear();
        histories.clear();
    }

    @Override
    public void close() {
        if (session != null && session.isConnected()) {
            session.disconnect();
        }
        stomp.stop();
    }

    private static JsonNode awaitIn(List<JsonNode> list, Predicate<JsonNode> matching) {
        return await().atMost(WAIT).until(() -> list.stream().filter(matching).findFirst().orElse(null),
                found -> found != null);
    }

    public static Predicate<JsonNode> message(String author) {
        return e -> "message".equals(e.path("type").asText()) && author.equals(e.path("author").asText());
    }

    public static Predicate<JsonNode> messageWithClientId(String clientId) {
        return e -> "message".equals(e.path("type").asText()) && clientId.equals(e.path("clientId").asText());
    }

    public static Predicate<JsonNode> status(String state) {
        return e -> "status".equals(e.path("type").asText()) && state.equals(e.path("state").asText());
    }
}
