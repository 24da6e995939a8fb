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
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The RabbitMQ relay stops for ten seconds while 20 customers chat with a cluster instance (the machine's
 * RabbitMQ: {@code rabbitmqctl stop_app}, then {@code start_app}). Customers' connections close with the
 * relay; once it is back they reconnect as the widget does: nothing acknowledged is lost, nothing is stored
 * twice, no number is given twice, and every chat resumes.
 */
class BrokerRestartIT {

    private static final int CUSTOMERS = 20;

    @TempDir
    Path data;

    @Test
    void aBrokerRestartUnderLoadLosesNothingAcknowledgedAndEveryChatResumes() throws Exception {
        FreshDatabase database = FreshDatabase.create("attune_broker_restart");
        Path logs = Files.createDirectories(Path.of("target", "faults"));
        ServerProcess server = ServerProcess.startWith(data, logs.resolve("broker-restart.log"), "broker-restart-test-only",
                "768m", List.of("--spring.profiles.active=cluster",
                        "--spring.datasource.url=" + database.url(),
                        "--attune.widget.token-secret=" + UUID.randomUUID() + "-" + UUID.randomUUID()));
        try {
            Map<String, List<Ack>> told;
            List<CustomerClient> customers;
            try (ChattingCustomers chat = ChattingCustomers.start(server.port, CUSTOMERS)) {
                chat.awaitAcknowledged(300, Duration.ofSeconds(120));
                rabbitmqctl("stop_app");
                try {
                    await().pollDelay(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(60))
                            .until(() -> chat.customers().stream().noneMatch(c -> c.session().isConnected()));
                } finally {
                    rabbitmqctl("start_app");
                }
                chat.stopSending();
                told = chat.byConversation();
                customers = List.copyOf(chat.customers());
            }
            // The instance reconnects to the relay on its own (every few seconds) and takes customers again.
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> {
                        try (CustomerClient probe = CustomerClient.start(server.port)) {
                            return probe.session().isConnected();
                        }
                    });

            Resumption.Tally tally = Resumption.of(server.port, customers, told);

            System.out.println("RabbitMQ relay stopped for 10 s while " + CUSTOMERS + " customers chat: " + tally);
            tally.assertNothingLost(300, CUSTOMERS);
        } finally {
            server.stop();
            database.close();
        }
    }

    private static void rabbitmqctl(String command) throws Exception {
        Process process = new ProcessBuilder("rabbitmqctl", "-q", command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("rabbitmqctl " + command + " failed: " + output);
        }
    }

}
