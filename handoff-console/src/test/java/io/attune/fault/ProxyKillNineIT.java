package io.attune.fault;

import io.attune.fault.ChattingCustomers.Ack;
import io.attune.load.ServerProcess;
import io.attune.widget.CustomerClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out as docs/PRODUCTION.md runs it: two instances (processes, cluster profile) on one PostgreSQL
 * database and the local RabbitMQ STOMP relay, behind Debian's nginx. 20 customers chat through the
 * proxy; one instance is killed with kill -9; every customer comes back through the proxy as the
 * widget does. Nothing acknowledged is lost or stored twice, no number is given again, every chat resumes.
 */
class ProxyKillNineIT {

    private static final int CUSTOMERS = 20;
    private static final String ADMIN_PASSWORD = "proxy-kill-nine-test-only";

    @TempDir
    Path data;

    @Test
    void killingOneOfTwoInstancesBehindNginxLosesNothingAndEveryChatResumesThroughTheProxy() throws Exception {
        FreshDatabase database = FreshDatabase.create("attune_proxy_kill");
        List<String> cluster = List.of("--spring.profiles.active=cluster",
                "--spring.datasource.url=" + database.url(),
                "--attune.widget.token-secret=" + UUID.randomUUID() + "-" + UUID.randomUUID());
        Path logs = Files.createDirectories(Path.of("target", "faults"));
        ServerProcess a = ServerProcess.startWith(data.resolve("a"), logs.resolve("proxy-kill-nine-a.log"), ADMIN_PASSWORD, "768m", cluster);
        ServerProcess b = ServerProcess.startWith(data.resolve("b"), logs.resolve("proxy-kill-nine-b.log"), ADMIN_PASSWORD, "768m", cluster);
        try (Nginx proxy = Nginx.inFrontOf(logs.resolve("nginx"), List.of(a.port, b.port))) {
            Map<String, List<Ack>> told;
            List<CustomerClient> customers;
            try (ChattingCustomers chat = ChattingCustomers.start(proxy.port, CUSTOMERS)) {
                chat.awaitAcknowledged(300, Duration.ofSeconds(120));
                a.kill();
                chat.stopSending();
                told = chat.byConversation();
                customers = List.copyOf(chat.customers());
            }

            Resumption.Tally tally = Resumption.of(proxy.port, customers, told);

            System.out.println("kill -9 of one of two instances behind nginx while " + CUSTOMERS + " customers chat: " + tally);
            tally.assertNothingLost(300, CUSTOMERS);
        } finally {
            b.stop();
            database.close();
        }
    }

}
