package io.attune.fault;

import io.attune.fault.ChattingCustomers.Ack;
import io.attune.load.ServerProcess;
import io.attune.widget.CustomerClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
            Resumption.Tally tally = Resumption.of(second.port, before, told);
            System.out.println("kill -9 on " + name + " while " + CUSTOMERS + " customers chat: " + tally);
            tally.assertNothingLost(300, CUSTOMERS);
        } finally {
            second.stop();
        }
    }
}
