package io.attune.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attune.app.AttuneApplication;
import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ConversationId;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
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
 * The console over a real socket: agents log in through the form, connect to /ws with their
 * session and CSRF token, and get live updates; customers connect with their widget token only.
 */
@SpringBootTest(classes = AttuneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:console-stomp-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@Import(ConsoleTestConfiguration.class)
class ConsoleStompIT {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ConversationEngine engine;
    @Autowired
    AgentAccounts accounts;
    @Autowired
    ObjectMapper json;

    StompClient client;

    @BeforeEach
    void accounts() {
        for (String name : List.of("dana", "sam")) {
            if (accounts.find(name).isEmpty()) {
                accounts.create(name, Agents.PASSWORD, name.substring(0, 1).toUpperCase() + name.substring(1), Role.AGENT);
            }
        }
    }

    @AfterEach
    void disconnect() {
        if (client != null) {
            client.disconnect();
        }
    }

    @Test
    void anAgentsConnectWithoutTheCsrfTokenIsRefusedInPlainWords() throws Exception {
        AgentSession dana = logIn("dana");

        String refusal = StompClient.refusedConnect(port, dana.cookie(), new StompHeaders());

        assertThat(refusal).startsWith("csrf-refused:").contains("reload the page");
    }

    @Test
    void aHandoffAppearsInTheQueueLiveWithItsReason() throws Exception {
        client = agent("dana");
        BlockingQueue<String> queue = client.subscribe(ConsoleDestinations.QUEUE);

        ConversationId id = Conversations.waiting(engine, "Quinn", "Where is my refund?");

        JsonNode entry = await().atMost(Duration.ofSeconds(15)).until(() -> entryFor(queue.poll(1, TimeUnit.SECONDS), id),
                e -> e != null);
        assertThat(entry.get("customerName").asText()).isEqualTo("Quinn");
        assertThat(entry.get("reasons").toString()).contains("asked for a person");
    }

    @Test
    void anAgentCannotListenToAConversationHeldByAnother() throws Exception {
        ConversationId sams = Conversations.heldBy(engine, "sam", "Sam", "Pat", "Hello");
        client = agent("dana");

        String refusal = client.subscribeExpectingRefusal(ConsoleDestinations.topic(sams));

        assertThat(refusal).startsWith("not-allowed:");
    }

    @Test
    void aReplyToAConversationHeldByAnotherIsRefusedToThatAgentAndTheConsoleStaysConnected() throws Exception {
        ConversationId sams = Conversations.heldBy(engine, "sam", "Sam", "Pat", "Hello");
        client = agent("dana");
        BlockingQueue<String> told = client.subscribe("/user/queue/errors");

        client.send("/app/console.conversation." + sams + ".messages", Map.of("clientId", "d-1", "text", "I'll take it"));

        String refusal = told.poll(10, TimeUnit.SECONDS);
        assertThat(refusal).contains("not-assigned");
        assertThat(client.isConnected()).isTrue();
        assertThat(client.errors).isEmpty();
        assertThat(engine.find(sams).orElseThrow().turns()).noneMatch(t -> "I'll take it".equals(t.text()));
    }

    @Test
    void theHolderSeesCustomerMessagesWithReadingsAndRepliesLive() throws Exception {
        ConversationId id = Conversations.heldBy(engine, "dana", "Dana", "Robin", "Hello");
        client = agent("dana");
        BlockingQueue<String> events = client.subscribe(ConsoleDestinations.topic(id));

        engine.customerSays(id, "c9", "I am angry, nobody answers");
        JsonNode message = next(events, "message");
        assertThat(message.get("author").asText()).isEqualTo("CUSTOMER");
        assertThat(message.at("/reading/emotion").asText()).isEqualTo("ANGER");
        assertThat(message.get("suggestions")).isNotEmpty();

        client.send("/app/console.conversation." + id + ".messages", Map.of("clientId", "a-1", "text", "Sorry Robin, on it."));
        JsonNode reply = next(events, "message");
        assertThat(reply.get("author").asText()).isEqualTo("AGENT");
        assertThat(reply.get("text").asText()).isEqualTo("Sorry Robin, on it.");
        assertThat(engine.find(id).orElseThrow().turns()).anyMatch(t -> t.author() == Author.AGENT
                && t.text().equals("Sorry Robin, on it."));
    }

    @Test
    void aCustomerConnectsWithTheirTokenButCannotReachTheConsole() throws Exception {
        HttpResponse<String> started = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/widget/sessions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"siteKey\":\"demo\",\"token\":null}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).isEqualTo(200);
        StompHeaders connect = new StompHeaders();
        connect.add("token", json.readTree(started.body()).get("token").asText());
        client = StompClient.connect(port, null, connect);
        BlockingQueue<String> told = client.subscribe("/user/queue/errors");

        String refusal = client.subscribeExpectingRefusal(ConsoleDestinations.QUEUE, told);

        assertThat(json.readTree(refusal).get("code").asText()).isEqualTo("not-your-conversation");
        assertThat(client.isConnected()).isTrue();
    }

    private JsonNode next(BlockingQueue<String> events, String type) throws Exception {
        return await().atMost(Duration.ofSeconds(15)).until(() -> {
            String body = events.poll(1, TimeUnit.SECONDS);
            JsonNode node = body == null ? null : json.readTree(body);
            return node != null && type.equals(node.path("type").asText()) ? node : null;
        }, n -> n != null);
    }

    private JsonNode entryFor(String body, ConversationId id) throws Exception {
        if (body == null) {
            return null;
        }
        for (JsonNode entry : json.readTree(body).get("waiting")) {
            if (entry.get("conversationId").asText().equals(id.toString())) {
                return entry;
            }
        }
        return null;
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureAndOnPlainHttpItIsNot() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> direct = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").build(),
                HttpResponse.BodyHandlers.ofString());
        String sessionCookie = sessionCookie(proxied).split(";", 2)[0];
        String form = "username=dana&password=" + Agents.PASSWORD + "&_csrf="
                + URLEncoder.encode(find(CSRF_INPUT, proxied.body()), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").header("Cookie", sessionCookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(sessionCookie(direct)).contains("HttpOnly").doesNotContainIgnoringCase("Secure");
        assertThat(sessionCookie(proxied)).contains("HttpOnly").containsIgnoringCase("; Secure");
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("https://")
                .endsWith("/console"));
        assertThat(sessionCookie(signedIn)).containsIgnoringCase("; Secure");
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
    }

    private StompClient agent(String username) throws Exception {
        AgentSession session = logIn(username);
        StompHeaders connect = new StompHeaders();
        connect.add("X-CSRF-TOKEN", session.csrf());
        return StompClient.connect(port, session.cookie(), connect);
    }

    /** Logs in through the form as a browser would, and reads the console page's CSRF token. */
    private AgentSession logIn(String username) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + username + "&password=" + Agents.PASSWORD + "&_csrf="
                + URLEncoder.encode(find(CSRF_INPUT, loginPage), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
        String console = http.send(HttpRequest.newBuilder(uri("/console")).build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpCookie session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION")).findFirst().orElseThrow();
        return new AgentSession("SESSION=" + session.getValue(), find(CSRF_META, console));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("page has a CSRF token").isTrue();
        return m.group(1);
    }

    record AgentSession(String cookie, String csrf) {
    }
}
