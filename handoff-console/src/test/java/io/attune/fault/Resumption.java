package io.attune.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.attune.fault.ChattingCustomers.Ack;
import io.attune.widget.CustomerClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * After a fault, each customer comes back as the widget does and what it was told is checked against
 * what the server has: acknowledged but lost, stored twice, sequence numbers given again, chats resumed.
 */
final class Resumption {

    private Resumption() {
    }

    /** Every customer resumes on {@code port} (an instance, or the proxy in front of them). */
    static Tally of(int port, List<CustomerClient> customers, Map<String, List<Ack>> told) throws Exception {
        Tally tally = new Tally();
        for (CustomerClient customer : customers) {
            tally.add(resume(port, customer, told.get(customer.conversationId())));
        }
        return tally;
    }

    /** The customer comes back with its token, reads its whole history and sends one more message. */
    private static Tally resume(int port, CustomerClient customer, List<Ack> acknowledged) throws Exception {
        Tally tally = new Tally();
        tally.acknowledged = acknowledged.size();
        JsonNode session = CustomerClient.startSession(port, customer.token());
        boolean sameChat = session.path("resumed").asBoolean() && customer.conversationId().equals(session.path("conversationId").asText());
        try (CustomerClient back = CustomerClient.resume(port, customer)) {
            back.askHistoryAfter(0);
            JsonNode answer;
            try {
                answer = back.awaitHistory();
            } catch (RuntimeException e) {
                throw new AssertionError("no history for " + customer.conversationId() + "; errors " + back.errors()
                        + "; stomp " + back.stompErrors(), e);
            }
            List<JsonNode> history = StreamSupport.stream(answer.path("messages").spliterator(), false).toList();
            Set<String> stored = new HashSet<>();
            Set<Long> seqs = new HashSet<>();
            List<String> clientIds = new ArrayList<>();
            long last = 0;
            for (JsonNode m : history) {
                stored.add(m.path("clientId").asText() + " " + m.path("seq").asLong() + " " + m.path("text").asText());
                seqs.add(m.path("seq").asLong());
                last = Math.max(last, m.path("seq").asLong());
                if (m.hasNonNull("clientId") && "CUSTOMER".equals(m.path("author").asText())) {
                    clientIds.add(m.path("clientId").asText());
                }
            }
            tally.lost = (int) acknowledged.stream().filter(a -> !stored.contains(a.clientId() + " " + a.seq() + " " + a.text())).count();
            tally.duplicates = clientIds.size() - new HashSet<>(clientIds).size() + (history.size() - seqs.size());
            String afterRestart = customer.conversationId() + "-after-restart";
            // Sent again, as the widget does, while it is refused (a conversation that sent a lot just before
            // may be over its message rate for a few seconds).
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                if (back.messages().stream().anyMatch(CustomerClient.messageWithClientId(afterRestart))) {
                    return true;
                }
                back.say(afterRestart, "hello again, are you still there?");
                return false;
            });
            long seq = back.awaitEvent(CustomerClient.messageWithClientId(afterRestart)).path("seq").asLong();
            long highestTold = acknowledged.stream().mapToLong(Ack::seq).max().orElse(0);
            tally.reused = seq > Math.max(last, highestTold) ? 0 : 1;
            tally.resumed = sameChat ? 1 : 0;
        }
        return tally;
    }

    static final class Tally {
        int acknowledged;
        int lost;
        int duplicates;
        int reused;
        int resumed;

        void assertNothingLost(int atLeastAcknowledged, int customers) {
            assertThat(acknowledged).isGreaterThanOrEqualTo(atLeastAcknowledged);
            assertThat(lost).as("acknowledged but lost").isZero();
            assertThat(duplicates).as("stored twice").isZero();
            assertThat(reused).as("sequence numbers given again").isZero();
            assertThat(resumed).as("chats resumed").isEqualTo(customers);
        }

        @Override
        public String toString() {
            return acknowledged + " acknowledged, " + lost + " acknowledged but lost, " + duplicates + " stored twice, "
                    + reused + " numbers given again, " + resumed + " chats resumed";
        }

        void add(Tally other) {
            acknowledged += other.acknowledged;
            lost += other.lost;
            duplicates += other.duplicates;
            reused += other.reused;
            resumed += other.resumed;
        }
    }
}
