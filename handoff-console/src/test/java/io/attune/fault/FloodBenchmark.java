package io.attune.fault;

import com.fasterxml.jackson.databind.JsonNode;
import io.attune.load.Machine;
import io.attune.load.ServerProcess;
import io.attune.widget.CustomerClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a flood from one client does to everyone else (issue 12): a bystander customer's round trip
 * (message sent to its acknowledgement on the conversation's topic) measured alone, then during each
 * flood the abuse limits answer, on the default setup (H2 file, in-memory broker, default limits).
 * Prints a table and writes docs/benchmarks/floods.md. A benchmark, not a test: run it on a quiet machine:
 * {@code ./mvnw -B -pl handoff-console -am verify -Pfloods -DskipTests} (about 3 minutes for 3 runs).
 */
public final class FloodBenchmark {

    private static final int SAMPLES = 40;
    /** Under the per-conversation limit (20 per 10 s): the bystander is never limited itself. */
    private static final Duration BYSTANDER_GAP = Duration.ofMillis(600);
    private static final int MAX_FLOOD_ACTIONS = 20_000;

    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private FloodBenchmark(int port) {
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path out = Path.of(args.length > 1 ? args[1] : "../docs/benchmarks/floods.md");
        Path data = Files.createTempDirectory("attune-floods");
        List<Map<String, Row>> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            System.out.printf("run %d of %d%n", run, runs);
            try (ServerProcess server = ServerProcess.startWith(data.resolve("run-" + run), data.resolve("server-" + run + ".log"),
                    "flood-benchmark-only", "1g", List.of("--attune.data-dir=" + data.resolve("run-" + run + "-db")))) {
                results.add(new FloodBenchmark(server.port).measureAll());
            }
        }
        String report = report(results);
        System.out.println(report);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println("wrote " + out.toAbsolutePath().normalize());
    }

    private Map<String, Row> measureAll() throws Exception {
        Map<String, Row> rows = new java.util.LinkedHashMap<>();
        try (CustomerClient bystander = CustomerClient.start(port)) {
            Arrivals arrivals = new Arrivals();
            bystander.subscribe("/topic/conversation." + bystander.conversationId(), arrivals);
            measure(bystander, arrivals, "warm-up", null, () -> 0); // JIT and connections warm: not counted
            rows.put("none (the bystander alone)", measure(bystander, arrivals, "quiet", null, () -> 0));
            rows.put("new chats from one address (POST /api/widget/sessions)", measure(bystander, arrivals, "sessions",
                    flood(() -> post("/api/widget/sessions", "{\"siteKey\":\"demo\"}", "203.0.113.9")), () -> 0));
            rows.put("left messages from one address (POST /api/offline-messages)", measure(bystander, arrivals, "offline",
                    flood(() -> post("/api/offline-messages", "{\"name\":\"Flo\",\"text\":\"call me\"}", "203.0.113.10")),
                    () -> 0));
            try (CustomerClient flooder = CustomerClient.start(port)) {
                List<CustomerClient> tabs = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    tabs.add(CustomerClient.resume(port, flooder));
                }
                AtomicInteger n = new AtomicInteger();
                rows.put("messages from 5 connections of one chat", measure(bystander, arrivals, "messages", flood(() -> {
                    int i = n.incrementAndGet();
                    tabs.get(i % tabs.size()).say("flood-" + i, "spam " + i);
                    return 0;
                }), () -> (int) tabs.stream().mapToLong(t -> refusedWith(t, "too-many-messages")).sum()));
                AtomicInteger s = new AtomicInteger();
                rows.put("subscriptions on one connection", measure(bystander, arrivals, "subscriptions", flood(() -> {
                    s.incrementAndGet();
                    flooder.subscribe("/topic/conversation." + flooder.conversationId(), new CopyOnWriteArrayList<>());
                    return 0;
                }), () -> (int) refusedWith(flooder, "too-many-subscriptions")));
                tabs.forEach(CustomerClient::close);
            }
        }
        return rows;
    }

    /** A flood: one action after another on two threads, as fast as they go; an action answers 1 when refused at once. */
    private Flood flood(Action action) {
        return () -> {
            try {
                return action.run();
            } catch (Exception e) {
                return 1;
            }
        };
    }

    private static long refusedWith(CustomerClient client, String code) {
        return client.errors().stream().filter(e -> code.equals(e.path("code").asText())).count();
    }

    /** @param flood null for none; {@code laterRefused} counts refusals that come back on the flooder's error queue */
    private Row measure(CustomerClient bystander, Arrivals arrivals, String name, Flood flood,
                        java.util.function.IntSupplier laterRefused) throws Exception {
        AtomicBoolean flooding = new AtomicBoolean(true);
        AtomicInteger actions = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; flood != null && t < 2; t++) {
            running.add(threads.submit(() -> {
                while (flooding.get() && actions.incrementAndGet() < MAX_FLOOD_ACTIONS) {
                    refused.addAndGet(flood.act());
                }
            }));
        }
        long[] millis = new long[SAMPLES];
        try {
            for (int i = 0; i < SAMPLES; i++) {
                String clientId = name + "-" + i;
                CompletableFuture<Long> arrived = arrivals.expect(clientId);
                long sent = System.nanoTime();
                bystander.say(clientId, "What delivery options do you have? (" + i + ")");
                millis[i] = TimeUnit.NANOSECONDS.toMillis(arrived.get(30, TimeUnit.SECONDS) - sent);
                CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(BYSTANDER_GAP.toMillis(),
                        TimeUnit.MILLISECONDS)).get();
            }
        } finally {
            flooding.set(false);
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
            threads.shutdown();
        }
        Arrays.sort(millis);
        Row row = new Row(millis[SAMPLES / 2], millis[(int) Math.ceil(SAMPLES * 0.95) - 1],
                flood == null ? 0 : Math.min(actions.get(), MAX_FLOOD_ACTIONS), refused.get() + laterRefused.getAsInt());
        System.out.printf(Locale.ROOT, "  %-14s bystander p50 %d ms, p95 %d ms; flood %d actions, %d refused%n", name,
                row.p50(), row.p95(), row.actions(), row.refused());
        return row;
    }

    private int post(String path, String body, String address) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 429 ? 1 : 0;
    }

    private static String report(List<Map<String, Row>> runs) {
        StringBuilder md = new StringBuilder("# Floods: what one client's flood does to another customer\n\n");
        md.append("Generated by `io.attune.fault.FloodBenchmark` on ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append(" (").append(runs.size()).append(" runs). Machine: ").append(Machine.describe()).append(".\n\n")
                .append("Attune as the README runs it (embedded H2 file, in-memory broker, default `attune.limits.*`). A bystander ")
                .append("customer sends ").append(SAMPLES).append(" messages, one every ").append(BYSTANDER_GAP.toMillis())
                .append(" ms, and times each to its acknowledgement; meanwhile two threads of one other client flood as fast ")
                .append("as they can (at most ").append(MAX_FLOOD_ACTIONS).append(" actions); a warm-up round comes first and is not counted. STOMP frames refused are counted from ")
                .append("the flooder's error queue at the end of the round. The load generator shares the ")
                .append("server's cores. Target (issue 12): the bystander's p95 within 2x of its p95 alone.\n\n")
                .append("Command: `./mvnw -B -pl handoff-console -am verify -Pfloods -DskipTests`.\n\n")
                .append("| flood | bystander p50 ms (runs) | bystander p95 ms (runs) | p95 / p95 alone | flood actions | refused |\n")
                .append("|---|---|---|---|---:|---:|\n");
        for (String flood : runs.get(0).keySet()) {
            List<Row> rows = runs.stream().map(r -> r.get(flood)).toList();
            List<Long> quiet = runs.stream().map(r -> r.values().iterator().next().p95()).toList();
            StringBuilder ratios = new StringBuilder();
            for (int i = 0; i < rows.size(); i++) {
                ratios.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", rows.get(i).p95() / (double) Math.max(1, quiet.get(i))));
            }
            md.append("| ").append(flood).append(" | ").append(join(rows.stream().map(Row::p50).toList())).append(" | ")
                    .append(join(rows.stream().map(Row::p95).toList())).append(" | ").append(ratios).append(" | ")
                    .append(join(rows.stream().map(r -> (long) r.actions()).toList())).append(" | ")
                    .append(join(rows.stream().map(r -> (long) r.refused()).toList())).append(" |\n");
        }
        return md.toString();
    }

    private static String join(List<Long> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }

    private record Row(long p50, long p95, int actions, int refused) {
    }

    @FunctionalInterface
    private interface Action {
        int run() throws Exception;
    }

    @FunctionalInterface
    private interface Flood {
        int act();
    }

    /** The bystander's topic: completes the future of each message it is waiting for when it arrives. */
    private static final class Arrivals extends CopyOnWriteArrayList<JsonNode> {
        private final transient Map<String, CompletableFuture<Long>> waiting = new ConcurrentHashMap<>();

        CompletableFuture<Long> expect(String clientId) {
            return waiting.computeIfAbsent(clientId, id -> new CompletableFuture<>());
        }

        @Override
        public boolean add(JsonNode frame) {
            CompletableFuture<Long> f = waiting.remove(frame.path("clientId").asText());
            if (f != null && "CUSTOMER".equals(frame.path("author").asText())) {
                f.complete(System.nanoTime());
            }
            return super.add(frame);
        }
    }
}
