package io.attune.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.cluster.Participant;
import io.attune.fault.ChattingCustomers.Ack;
import io.attune.load.Browser;
import io.attune.load.ServerProcess;
import io.attune.widget.CustomerClient;
import java.net.URI;
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
 * Scale-out as docs/PRODUCTION.md runs it: two instances (processes, cluster profile) on one PostgreSQL
 * database and the local RabbitMQ STOMP relay, behind Debian's nginx. 20 customers chat through the
 * proxy; one instance is killed with kill -9; every customer comes back through the proxy as the
 * widget does. Nothing acknowledged is lost or stored twice, no number is given again, every chat resumes.
 * An agent holding one more chat through the proxy reconnects with the same login and answers after the kill.
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
            CustomerClient handedOver;
            Browser console;
            try (ChattingCustomers chat = ChattingCustomers.start(proxy.port, CUSTOMERS)) {
                // An agent, through the proxy too, holds one more customer's conversation when the instance dies.
                handedOver = CustomerClient.start(proxy.port);
                handedOver.say("person-1", "I want to talk to a real person now, please.");
                handedOver.awaitEvent(Participant.status("WAITING_FOR_AGENT"));
                console = new Browser(URI.create("http://127.0.0.1:" + proxy.port))
                        .logIn("admin", ADMIN_PASSWORD, "/console");
                assertThat(console.post("/console/conversations/" + handedOver.conversationId() + "/claim", Map.of())
                        .get(60, TimeUnit.SECONDS)).isEqualTo(200);
                agentSays(proxy, console, handedOver.conversationId(), "agent-1", "Hello, I am looking at it now.");
                handedOver.awaitEvent(Participant.message("AGENT", "Hello, I am looking at it now."));

                chat.awaitAcknowledged(300, Duration.ofSeconds(120));
                a.kill();
                chat.stopSending();
                told = chat.byConversation();
                customers = List.copyOf(chat.customers());
            }

            Resumption.Tally tally = Resumption.of(proxy.port, customers, told);

            System.out.println("kill -9 of one of two instances behind nginx while " + CUSTOMERS + " customers chat: " + tally);
            tally.assertNothingLost(300, CUSTOMERS);

            // The agent's console reconnects through the proxy with the same login and answers; the customer,
            // back through the proxy, reads it.
            agentSays(proxy, console, handedOver.conversationId(), "agent-2", "Found it: it ships today.");
            handedOver.close();
            try (CustomerClient back = CustomerClient.resume(proxy.port, handedOver)) {
                back.askHistoryAfter(0);
                assertThat(back.awaitHistory().get("messages").findValuesAsText("text"))
                        .contains("Hello, I am looking at it now.", "Found it: it ships today.");
            }
        } finally {
            b.stop();
            database.close();
        }
    }
    /** An agent's console connects through the proxy, as after any reconnect, and says something that is stored. */
    private static void agentSays(Nginx proxy, Browser console, String conversationId, String clientId, String text)
            throws Exception {
        String topic = "/topic/console.conversation." + conversationId;
        Participant agent = Participant.agent("ws://127.0.0.1:" + proxy.port + "/ws", console.cookieHeader(),
                console.csrf()).subscribe(topic);
        try {
            agent.send("/app/console.conversation." + conversationId + ".messages",
                    Map.of("clientId", clientId, "text", text));
            agent.awaitFrame(topic, Participant.message("AGENT", clientId));
        } finally {
            agent.disconnect();
        }
    }
}
