package io.attune.console;

import java.lang.reflect.Type;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/** A real STOMP client over a real socket (JSON both ways), collecting what arrives as JSON text. */
public final class StompClient {

    /** Frames the server answered with ERROR (refusals), by their message header. */
    public final BlockingQueue<String> errors;
    private final StompSession session;

    private StompClient(StompSession session, BlockingQueue<String> errors) {
        this.session = session;
        this.errors = errors;
        session.setAutoReceipt(true);
    }

    /**
     * @param cookie  an agent's session cookie ("SESSION=...", Spring Session's), or null for a customer
     * @param connect CONNECT headers (the agent's CSRF token, or the customer's widget token)
     */
    public static StompClient connect(int port, String cookie, StompHeaders connect) throws Exception {
        BlockingQueue<String> errors = new LinkedBlockingQueue<>();
        StompSession session = connectAsync(port, cookie, connect, errors).get(15, TimeUnit.SECONDS);
        return new StompClient(session, errors);
    }

    /**
     * Connects expecting the server to refuse the CONNECT frame.
     *
     * @return the refusal's ERROR {@code message} header
     * @throws AssertionError when the server accepted the connection or said nothing within 15 seconds
     */
    public static String refusedConnect(int port, String cookie, StompHeaders connect) throws Exception {
        BlockingQueue<String> errors = new LinkedBlockingQueue<>();
        CompletableFuture<StompSession> connecting = connectAsync(port, cookie, connect, errors);
        String refusal = errors.poll(15, TimeUnit.SECONDS);
        if (connecting.isDone() && !connecting.isCompletedExceptionally() && connecting.get().isConnected()) {
            connecting.get().disconnect();
            throw new AssertionError("the server accepted a CONNECT it should have refused");
        }
        if (refusal == null) {
            throw new AssertionError("the server neither refused nor accepted the CONNECT within 15 s");
        }
        return refusal;
    }

    private static CompletableFuture<StompSession> connectAsync(int port, String cookie, StompHeaders connect,
                                                               BlockingQueue<String> errors) {
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new MappingJackson2MessageConverter());
        ThreadPoolTaskScheduler receipts = new ThreadPoolTaskScheduler();
        receipts.initialize();
        client.setTaskScheduler(receipts);
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        if (cookie != null) {
            handshake.add("Cookie", cookie);
        }
        return client.connectAsync("ws://localhost:" + port + "/ws", handshake, connect,
                new StompSessionHandlerAdapter() {
                    @Override
                    public void handleFrame(StompHeaders headers, Object payload) {
                        errors.add(String.valueOf(headers.getFirst("message")));
                    }

                    @Override
                    public void handleException(StompSession s, StompCommand command, StompHeaders headers,
                                                byte[] payload, Throwable exception) {
                        errors.add(exception.getMessage());
                    }
                });
    }

    /**
     * What arrives on {@code destination}, as JSON text, in order. Returns once the server has
     * processed the SUBSCRIBE (its receipt).
     *
     * @throws AssertionError when the server did not confirm the subscription within 5 seconds, so that a
     *                        later "nothing arrived" check cannot pass on a subscription that never started
     */
    public BlockingQueue<String> subscribe(String destination) throws InterruptedException {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        CountDownLatch processed = subscribe(destination, received);
        if (!processed.await(5, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not confirm the subscription to " + destination
                    + " within 5 s" + (errors.isEmpty() ? "" : "; it said: " + errors.peek()));
        }
        return received;
    }

    /**
     * Subscribes expecting the server to refuse with an ERROR frame (an agent's or an anonymous connection).
     *
     * @return the refusal's ERROR {@code message} header
     * @throws AssertionError when the server confirmed the subscription or said nothing within 10 seconds
     */
    public String subscribeExpectingRefusal(String destination) throws InterruptedException {
        return subscribeExpectingRefusal(destination, errors);
    }

    /**
     * Subscribes expecting the server to refuse, telling it on {@code refusals} (a customer is told on its
     * own error queue and stays connected).
     *
     * @return the refusal as it arrived on {@code refusals}
     * @throws AssertionError when the server confirmed the subscription or said nothing within 10 seconds
     */
    public String subscribeExpectingRefusal(String destination, BlockingQueue<String> refusals) throws InterruptedException {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        CountDownLatch processed = subscribe(destination, received);
        String refusal = refusals.poll(10, TimeUnit.SECONDS);
        if (processed.getCount() == 0) {
            throw new AssertionError("the server confirmed a subscription to " + destination + " it should have refused");
        }
        if (refusal == null) {
            throw new AssertionError("the server did not refuse the subscription to " + destination + " within 10 s");
        }
        return refusal;
    }

    private CountDownLatch subscribe(String destination, BlockingQueue<String> received) {
        CountDownLatch processed = new CountDownLatch(1);
        StompSession.Subscription subscription = session.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return JsonNode.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                if (headers.getDestination() == null) {
                    errors.add(String.valueOf(headers.getFirst("message")));
                } else {
                    received.add(payload.toString());
                }
            }
        });
        subscription.addReceiptTask(processed::countDown);
        return processed;
    }

    /** Sends {@code payload} as JSON. */
    public void send(String destination, Object payload) {
        session.send(destination, payload);
    }

    public boolean isConnected() {
        return session.isConnected();
    }

    public void disconnect() {
        if (session.isConnected()) {
            session.disconnect();
        }
    }
}
