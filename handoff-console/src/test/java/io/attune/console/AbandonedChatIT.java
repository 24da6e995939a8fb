package io.attune.console;

import static io.attune.widget.CustomerClient.message;
import static io.attune.widget.CustomerClient.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attune.app.AttuneApplication;
import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import io.attune.widget.CustomerClient;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.simp.stomp.StompHeaders;

/**
 * Customers who close the tab while they wait for a person, over real sockets: with an agent online, a customer
 * with no live connection for {@code attune.widget.presence.timeout} leaves the agents' queue and the line, so
 * the next customer's place and wait fall; one who comes back finds their chat at its place; one who reconnects
 * within the timeout is never taken out. The timeout is seconds here instead of minutes.
 */
@SpringBootTest(classes = AttuneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:abandoned-chat-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "attune.widget.presence.timeout=2s", "attune.widget.presence.heartbeat=500ms",
                "attune.widget.presence.sweep=500ms", "attune.widget.minutes-per-place-in-line=3"})
@Import(ConsoleTestConfiguration.class)
class AbandonedChatIT {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;
    @Autowired
    AgentAccounts accounts;
    @Autowired
    ObjectMapper json;

    private final List<AutoCloseable> open = new ArrayList<>();
    private HttpClient dana;

    @BeforeEach
    void anAgentIsOnline() throws Exception {
        if (accounts.find("dana").isEmpty()) {
            accounts.create("dana", Agents.PASSWORD, "Dana", Role.AGENT);
        }
        CookieManager cookies = new CookieManager();
        dana = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = dana.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        dana.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=dana&password=" + Agents.PASSWORD + "&_csrf="
                        + URLEncoder.encode(find(CSRF_INPUT, loginPage), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        String console = dana.send(HttpRequest.newBuilder(uri("/console")).build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpCookie session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION")).findFirst().orElseThrow();
        StompHeaders connect = new StompHeaders();
        connect.add("X-CSRF-TOKEN", find(CSRF_META, console));
        StompClient agentConsole = StompClient.connect(port, "SESSION=" + session.getValue(), connect);
        open.add(agentConsole::disconnect);
    }

    /** Closing the tabs takes this test's customers out of the queue: the next test starts with an empty line. */
    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        await().atMost(WAIT).until(() -> queuedIds().isEmpty());
        open.clear();
    }

    @Test
    void aWaitingCustomerWhoClosedTheTabLeavesTheQueueAndTheNextCustomersWaitFalls() throws Exception {
        CustomerClient ana = customer();
        JsonNode anaWaits = asksForAPerson(ana);
        CustomerClient ben = customer();
        JsonNode benWaits = asksForAPerson(ben);
        int benPlace = benWaits.get("queuePosition").asInt();
        int benMinutes = benWaits.get("waitMinutes").asInt();
        assertThat(anaWaits.get("queuePosition").asInt()).isEqualTo(1);
        assertThat(benPlace).isEqualTo(2);
        assertThat(queuedIds()).contains(ana.conversationId(), ben.conversationId());

        ana.drop();

        JsonNode benMovesUp = ben.awaitEvent(e -> status("WAITING_FOR_AGENT").test(e)
                && e.path("queuePosition").asInt() == benPlace - 1);
        assertThat(benMovesUp.get("waitMinutes").asInt()).isLessThan(benMinutes);
        assertThat(benMovesUp.get("text").asText()).contains("number " + (benPlace - 1) + " in line");
        await().atMost(WAIT).until(() -> !queuedIds().contains(ana.conversationId()));
        assertThat(queuedIds()).contains(ben.conversationId());

        // Ana comes back (her tab reopened, same token): her chat is still hers, at its place ahead of Ben.
        int benHadSeen = ben.events().size();
        ana.connect();
        ana.askHistoryAfter(0);
        JsonNode anaBack = ana.awaitHistory().get("status");
        assertThat(anaBack.get("state").asText()).isEqualTo("WAITING_FOR_AGENT");
        await().atMost(WAIT).until(() -> queuedIds().containsAll(List.of(ana.conversationId(), ben.conversationId())));
        List<String> queue = queuedIds();
        assertThat(queue.indexOf(ana.conversationId())).isLessThan(queue.indexOf(ben.conversationId()));
        assertThat(anaBack.get("queuePosition").asInt()).isEqualTo(1);
        assertThat(anaBack.get("text").asText()).contains("number 1 in line");
        await().atMost(WAIT).until(() -> ben.events().subList(benHadSeen, ben.events().size()).stream()
                .anyMatch(e -> status("WAITING_FOR_AGENT").test(e) && e.path("queuePosition").asInt() == 2));
    }

    @Test
    void aCustomerWhoReconnectsWithinTheTimeoutKeepsTheirChatInTheQueue() throws Exception {
        CustomerClient cleo = customer();
        asksForAPerson(cleo);

        cleo.drop();
        cleo.connect();

        // Well past the timeout, and several sweeps later, she is still in line.
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                .until(() -> queuedIds().contains(cleo.conversationId()));
        assertThat(cleo.events()).noneMatch(e -> status("WAITING_FOR_AGENT").test(e) && e.path("queuePosition").isNull());
    }

    private CustomerClient customer() throws Exception {
        CustomerClient client = CustomerClient.start(port);
        open.add(client);
        return client;
    }

    private static JsonNode asksForAPerson(CustomerClient customer) throws Exception {
        customer.say("q-1", "Where is my refund?");
        customer.awaitEvent(m -> message("BOT").test(m) && m.get("seq").asLong() > 2);
        customer.say("q-2", "I want to talk to a person please");
        return customer.awaitEvent(e -> status("WAITING_FOR_AGENT").test(e) && e.path("queuePosition").asInt() > 0);
    }

    /** The agents' queue as the console reads it, conversation ids in order. */
    private List<String> queuedIds() throws Exception {
        String body = dana.send(HttpRequest.newBuilder(uri("/console/queue")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> ids = new ArrayList<>();
        json.readTree(body).get("waiting").forEach(w -> ids.add(w.get("conversationId").asText()));
        return ids;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("page has a CSRF token").isTrue();
        return m.group(1);
    }
}
