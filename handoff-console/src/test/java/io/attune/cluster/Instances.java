package io.attune.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attune.app.AttuneApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Attune instances in this JVM with the {@code cluster} profile, sharing a fresh PostgreSQL database
 * (created here, dropped on {@link #close()}) and the local RabbitMQ's STOMP plugin.
 */
final class Instances implements AutoCloseable {

    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final ObjectMapper json = new ObjectMapper();

    final String database = "attune_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final String adminPassword = UUID.randomUUID().toString();
    private final String tokenSecret = UUID.randomUUID() + "-" + UUID.randomUUID();
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    Instances() throws SQLException {
        execute("CREATE DATABASE " + database);
    }

    /** Starts one instance on a random port, configured as docs/PRODUCTION.md says. */
    ConfigurableApplicationContext start(String... moreSettings) {
        List<String> settings = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + POSTGRES + database,
                "--attune.widget.token-secret=" + tokenSecret,
                "--attune.security.initial-admin.password=" + adminPassword,
                "--spring.lifecycle.timeout-per-shutdown-phase=5s"));
        settings.addAll(List.of(moreSettings));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AttuneApplication.class)
                .profiles("cluster")
                .run(settings.toArray(String[]::new));
        running.add(context);
        return context;
    }

    static URI http(ConfigurableApplicationContext instance) {
        return URI.create("http://127.0.0.1:" + port(instance));
    }

    static String ws(ConfigurableApplicationContext instance) {
        return "ws://127.0.0.1:" + port(instance) + "/ws";
    }

    /** Starts or resumes a customer's chat as the widget does ({@code token} null: a new one); answers the JSON. */
    static JsonNode widgetSession(ConfigurableApplicationContext instance, String token)
            throws IOException, InterruptedException {
        String body = json.writeValueAsString(json.createObjectNode().put("siteKey", "cluster-test").put("token", token));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                http(instance).resolve("/api/widget/sessions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("POST /api/widget/sessions answered " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(POSTGRES + database, "postgres", "");
    }

    @Override
    public void close() throws SQLException {
        running.forEach(ConfigurableApplicationContext::close);
        execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((ServletWebServerApplicationContext) instance).getWebServer().getPort();
    }

    private static void execute(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
             Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
