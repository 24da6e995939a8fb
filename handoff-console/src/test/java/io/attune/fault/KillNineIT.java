package io.attune.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.attune.fault.ChattingCustomers.Ack;
import io.attune.load.ServerProcess;
import io.attune.widget.CustomerClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the server while 20 customers chat, then a new start on the same database: every message
 * a customer was told was stored is there under the number it was given, nothing is stored twice, no
 * number is given again, and every customer resumes its own conversation with the token it had. Once on
 * the default setup (embedded H2 file, nothing configured) and once on PostgreSQL.
 */
class KillNineIT {

    private static final int CUSTOMERS = 20;
    private static final String ADMIN_PASSWORD = "kill-nine-test-only";

    @TempDir
    Path data;

    @Test
    void onTheDefaultH2SetupNothingAcknowledgedIsLostAndEveryChatResumes() throws Exception {
        List<String> defaults = List.of("--attune.data-dir=" + data.resolve("db"));

        killWhileChattingThenRestart(defaults, "h2");
    }

    @Test
    void onPostgresqlNothingAcknowledgedIsLostAndEveryChatResumes() throws Exception {
        String database = "attune_kill_nine";
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database);
        }
        List<String> postgres = List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + database);

        killWhileChattingThenRestart(postgres, "postgres");
    }

    private void killWhileChattingThenRestart(List<String> settings, String name) throws Exception {
        Map<String, List<Ack>> told;
        List<CustomerClient> before;
        Path logs = Files.createDirectories(Path.of("target", "faults"));
        ServerProcess first = ServerProcess.startWith(data, logs.resolve("kill-nine-" + name + "-1.log"), ADMIN_PASSWORD, "1g", settings);
        try (ChattingCustomers chat = ChattingCustomers.start(first.port, CUSTOMERS)) {
            chat.awaitAcknowledged(300, Duration.ofSeconds(120));
            first.kill();
            chat.stopSending();
            told = chat.byConversation();
            before = List.copyOf(chat.customers());
        }

        ServerProcess second = ServerProcess.startWith(data, logs.resolve("kill-nine-" + name + "-2.log"), ADMIN_PASSWORD, "1g", settings);
        try {
            Tally tally = new Tally();
            for (CustomerClient customer : before) {
                tally.add(resume(second.port, customer, told.get(customer.conversationId())));
            }
            System.out.printf("kill -9 on %s while %d customers chat: %d acknowledged, %d acknowledged but lost, "
                            + "%d stored twice, %d numbers given again, %d of %d chats resumed%n", name, CUSTOMERS,
                    tally.acknowledged, tally.lost, tally.duplicates, tally.reused, tally.resumed, CUSTOMERS);
            assertThat(tally.acknowledged).isGreaterThanOrEqualTo(300);
            assertThat(tally.lost).as("acknowledged but lost").isZero();
            assertThat(tally.duplicates).as("stored twice").isZero();
            assertThat(tally.reused).as("sequence numbers given again").isZero();
            assertThat(tally.resumed).as("chats resumed").isEqualTo(CUSTOMERS);
        } finally {
            second.stop();
        }
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
            back.say(afterRestart, "hello again, are you still there?");
            long seq = back.awaitEvent(CustomerClient.messageWithClientId(afterRestart)).path("seq").asLong();
            long highestTold = acknowledged.stream().mapToLong(Ack::seq).max().orElse(0);
            tally.reused = seq > Math.max(last, highestTold) ? 0 : 1;
            tally.resumed = sameChat ? 1 : 0;
        }
        return tally;
    }

    private static final class Tally {
        int acknowledged;
        int lost;
        int duplicates;
        int reused;
        int resumed;

        void add(Tally other) {
            acknowledged += other.acknowledged;
            lost += other.lost;
            duplicates += other.duplicates;
            reused += other.reused;
            resumed += other.resumed;
        }
    }
}
