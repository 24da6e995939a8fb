package io.attune.cluster;

import io.attune.load.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances with the {@code cluster} profile and a proxy that sends each request wherever it likes:
 * an agent's login is a session in the shared database (Spring Session JDBC), so the session cookie
 * from instance A is a login on instance B too, for pages and for the console's STOMP connection, and
 * a logout on B ends it on A. Customers, who authenticate with their widget token, leave no session.
 * Needs PostgreSQL on 127.0.0.1:5432 and RabbitMQ's STOMP plugin on 61613 (.ci/run starts both).
 */
class ClusterLoginIT {

    @RegisterExtension
    static final TwoInstances cluster = new TwoInstances();
    /** A client that keeps no cookies: each request carries exactly the session cookie it is given. */
    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aLoginOnOneInstanceIsALoginOnTheOtherUntilItIsLoggedOutOnEither() throws Exception {
        ConfigurableApplicationContext a = cluster.a();
        ConfigurableApplicationContext b = cluster.b();
        Browser onA = new Browser(Instances.http(a)).logIn("admin", cluster.instances().adminPassword, "/console");
        String cookie = onA.cookieHeader();

        HttpResponse<String> consoleOnB = get(b, "/console", cookie);
        assertThat(consoleOnB.statusCode()).as("GET /console on B with A's session cookie").isEqualTo(200);
        assertThat(consoleOnB.body()).contains("data-test=\"current-agent\">Administrator<");

        // The CSRF token read from A's page: it belongs to the session, so B checks it against the same one.
        Participant agentOnB = Participant.agent(Instances.ws(b), cookie, onA.csrf()).subscribe("/topic/console.queue");
        await().atMost(30, TimeUnit.SECONDS).until(() -> onlineAgents().contains("admin"));
        agentOnB.disconnect();

        HttpResponse<String> logout = post(b, "/logout", cookie, onA.csrf());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));

        HttpResponse<String> consoleOnA = get(a, "/console", cookie);
        assertThat(consoleOnA.statusCode()).as("GET /console on A after logging out on B").isEqualTo(302);
        assertThat(consoleOnA.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aCustomerWhoStartsAChatAndConnectsLeavesNoSessionInTheDatabase() throws Exception {
        long before = storedSessions();
        String token = Instances.widgetSession(cluster.a(), null).get("token").asText();
        Participant customer = Participant.customer(Instances.ws(cluster.a()), token).subscribe("/user/queue/errors");
        customer.disconnect();

        assertThat(storedSessions()).isEqualTo(before);
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String cookie)
            throws Exception {
        return http.send(HttpRequest.newBuilder(Instances.http(instance).resolve(path)).header("Cookie", cookie)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String cookie,
                                             String csrf) throws Exception {
        return http.send(HttpRequest.newBuilder(Instances.http(instance).resolve(path)).header("Cookie", cookie)
                .header("X-CSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> onlineAgents() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection db = cluster.instances().connect(); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT username FROM agent_sessions")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static long storedSessions() throws SQLException {
        try (Connection db = cluster.instances().connect(); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT count(*) FROM spring_session")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
