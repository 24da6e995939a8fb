package io.attune.fault;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.attune.widget.CustomerClient;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Customers chatting over real STOMP connections, each sending its next message once the previous
 * one is acknowledged (the server's echo of it on the conversation's topic, as the widget takes it),
 * a few times a second, within the per-connection rate limit. Every acknowledgement is journalled, so a
 * fault can be judged by what the customers were told was stored.
 */
final class ChattingCustomers implements AutoCloseable {

    /** What a customer was told was stored: its message's id, and the sequence number it was given. */
    record Ack(String conversationId, String clientId, String text, long seq) {
    }

    private static final Duration TICK = Duration.ofMillis(250);
    private static final int MAX_MESSAGES_EACH = 400;
    private static final String[] TEXTS = {"what delivery options do you have", "how long does delivery take",
        "can I pay with paypal", "where is my parcel", "do you ship abroad", "what is your returns policy"};

    private final List<CustomerClient> customers = new ArrayList<>();
    private final Map<CustomerClient, Integer> sent = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticks = Executors.newScheduledThreadPool(2);

    static ChattingCustomers start(int port, int count) throws Exception {
        ChattingCustomers chat = new ChattingCustomers();
        for (int i = 0; i < count; i++) {
            chat.customers.add(CustomerClient.start(port));
        }
        for (CustomerClient customer : chat.customers) {
            chat.sent.put(customer, 0);
            chat.ticks.scheduleAtFixedRate(() -> chat.next(customer), 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
        }
        return chat;
    }

    private void next(CustomerClient customer) {
        int n = sent.get(customer);
        if (n >= MAX_MESSAGES_EACH || !customer.session().isConnected()) {
            return;
        }
        boolean previousAcknowledged = n == 0 || acked(customer).stream().anyMatch(a -> a.clientId().equals(clientId(customer, n - 1)));
        int index = previousAcknowledged ? n : n - 1; // not yet: the same message again, as the widget retries
        try {
            customer.say(clientId(customer, index), text(index));
        } catch (IOException | RuntimeException connectionGone) {
            return;
        }
        if (previousAcknowledged) {
            sent.put(customer, n + 1);
        }
    }

    /** Waits until the customers were told of at least this many stored messages in all. */
    void awaitAcknowledged(int total, Duration atMost) {
        await().atMost(atMost).until(() -> acknowledged().size() >= total);
    }

    /** Stops sending; the connections stay as they are (dead, after a kill). */
    void stopSending() {
        ticks.shutdownNow();
    }

    List<Ack> acknowledged() {
        return customers.stream().flatMap(c -> acked(c).stream()).toList();
    }

    /** How many errors with this code the customers were sent so far. */
    long errors(String code) {
        return customers.stream().flatMap(c -> c.errors().stream()).filter(e -> code.equals(e.path("code").asText())).count();
    }

    List<CustomerClient> customers() {
        return customers;
    }

    /** The acknowledgements each customer received, by conversation. */
    Map<String, List<Ack>> byConversation() {
        Map<String, List<Ack>> all = new HashMap<>();
        customers.forEach(c -> all.put(c.conversationId(), acked(c)));
        return all;
    }

    private static List<Ack> acked(CustomerClient customer) {
        String prefix = customer.conversationId() + "-";
        return customer.messages().stream().filter(m -> "CUSTOMER".equals(m.path("author").asText()))
                .filter(m -> m.path("clientId").asText().startsWith(prefix))
                .map(m -> ack(customer, m)).distinct().toList();
    }

    private static Ack ack(CustomerClient customer, JsonNode m) {
        return new Ack(customer.conversationId(), m.path("clientId").asText(), m.path("text").asText(), m.path("seq").asLong());
    }

    private static String clientId(CustomerClient customer, int n) {
        return customer.conversationId() + "-" + n;
    }

    private static String text(int n) {
        return TEXTS[n % TEXTS.length] + " (" + n + ")";
    }

    @Override
    public void close() {
        ticks.shutdownNow();
        for (CustomerClient customer : customers) {
            try {
                customer.close();
            } catch (RuntimeException connectionAlreadyGone) {
                // after a kill the socket is dead: nothing to say goodbye to
            }
        }
    }
}
