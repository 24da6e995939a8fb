package io.attune.fault;

import static org.awaitility.Awaitility.await;

import io.attune.fault.ChattingCustomers.Ack;
import io.attune.load.ServerProcess;
import io.attune.widget.CustomerClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL goes away for ten seconds while 20 customers chat (a fast shutdown of a server of the
 * test's own, then a start on the same data): messages sent meanwhile get a {@code server-error} and are
 * sent again, as the widget does; nothing acknowledged is lost, nothing is stored twice, no number is given
 * twice, and every chat carries on with the same instance, which was never restarted.
 */
class DatabaseRestartIT {

    private static final int CUSTOMERS = 20;

    @TempDir
    Path data;

    @Test
    void aDatabaseRestartUnderLoadLosesNothingAcknowledgedAndEveryChatCarriesOn() throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "faults"));
        try (PrivatePostgres postgres = PrivatePostgres.start(logs.resolve("database-restart-pg-" + System.currentTimeMillis()))) {
            ServerProcess server = ServerProcess.startWith(data, logs.resolve("database-restart.log"), "db-restart-test-only",
                    "768m", List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + postgres.jdbcUrl("postgres"),
                            // Hikari gives up on a connection after 5 s instead of 30 s: the outage answers faster.
                            "--spring.datasource.hikari.connection-timeout=5000"));
            try {
                Map<String, List<Ack>> told;
                int refused;
                List<CustomerClient> customers;
                try (ChattingCustomers chat = ChattingCustomers.start(server.port, CUSTOMERS)) {
                    chat.awaitAcknowledged(150, Duration.ofSeconds(120));
                    postgres.stopServer();
                    int duringOutage = chat.acknowledged().size();
                    // Down for ten seconds at least, and until customers have been told their messages failed.
                    await().pollDelay(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(90))
                            .until(() -> chat.errors("server-error") > 0);
                    refused = (int) chat.errors("server-error");
                    postgres.startServer();
                    chat.awaitAcknowledged(duringOutage + 150, Duration.ofSeconds(180));
                    chat.stopSending();
                    told = chat.byConversation();
                    customers = List.copyOf(chat.customers());
                }

                Resumption.Tally tally = Resumption.of(server.port, customers, told);

                System.out.println("PostgreSQL down for 10 s while " + CUSTOMERS + " customers chat: " + tally + " ("
                        + refused + " server-errors during the outage, each sent again)");
                tally.assertNothingLost(300, CUSTOMERS);
            } finally {
                server.stop();
            }
        }
    }
}
