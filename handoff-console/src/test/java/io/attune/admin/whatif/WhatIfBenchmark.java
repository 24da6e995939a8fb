package io.attune.admin.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attune.admin.SeededConversations;
import io.attune.admin.SeededConversations.Seed;
import io.attune.admin.whatif.WhatIfStatus.State;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.Turn;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.handoff.PolicyTurn;
import io.attune.engine.handoff.ThresholdsSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The what-if's speed goal: 10,000 stored conversations replayed in under 10 s. Not a test (Surefire skips
 * the name); run it on purpose, on a quiet machine:
 * <pre>./mvnw -o -pl handoff-console -am test -Dtest=WhatIfBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * It seeds the conversations into the widget's tables (in-memory H2; for PostgreSQL add
 * {@code -Dbenchmark.db-url=jdbc:postgresql://127.0.0.1:5432/<empty database> -Dbenchmark.db-user=postgres}),
 * runs the what-if the way the page does (background run, polled), prints the times and writes them to
 * {@code docs/benchmarks/what-if-<database>.md}.
 */
@JdbcTest(properties = {
    "spring.datasource.url=${benchmark.db-url:jdbc:h2:mem:what-if-benchmark;DB_CLOSE_DELAY=-1}",
    "spring.datasource.username=${benchmark.db-user:sa}", "spring.datasource.password=${benchmark.db-password:}"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ConversationHistory.class, StoredRuns.class, WhatIfRuns.class, WhatIfBenchmark.InForce.class})
@EnableConfigurationProperties(WhatIfProperties.class)
class WhatIfBenchmark {

    private static final int CONVERSATIONS = Integer.getInteger("benchmark.conversations", 10_000);
    private static final HandoffThresholds CANDIDATE =
            new HandoffThresholds(0.6, 0.65, 0.75, 0.80, 1, -0.4, 2, -0.35, 2, true, true, 0.75, 0.30, 0.70, 0.45);

    @TestConfiguration
    static class InForce {
        @Bean
        ThresholdsSource thresholdsInForce() {
            return HandoffThresholds::defaults;
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    WhatIfRuns runs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConversationHistory history;

    @Test
    void replaysTenThousandConversations() throws Exception {
        String database;
        try (var connection = jdbc.getDataSource().getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
        long seedStart = System.nanoTime();
        int turns = seed();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "# What-if benchmark%n%n%s, %s%n%nSeeded %,d conversations (%,d turns) in %.1f s; %d cores, load average %.1f "
                        + "(the machine is shared).%n%n```%n",
                Instant.now(), database, CONVERSATIONS, turns, seedSeconds, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        long readStart = System.nanoTime();
        int[] read = {0};
        history.forEach(c -> read[0] += c.customerTurns().size());
        report.append(String.format(Locale.ROOT, "reading alone (database + JSON, no policy): %,d customer turns in %.2f s%n",
                read[0], (System.nanoTime() - readStart) / 1e9));
        for (int run = 1; run <= 3; run++) {
            long started = System.nanoTime();
            String id = runs.start(CANDIDATE).orElseThrow();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> runs.status(id).orElseThrow().state() == State.DONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            WhatIfResult r = runs.status(id).orElseThrow().result();
            assertThat(r.conversations()).isEqualTo(CONVERSATIONS);
            report.append(String.format(Locale.ROOT,
                    "run %d: %,d conversations replayed twice (current + candidate) in %.2f s (replay %.2f s); "
                            + "handoffs %d now, %d with the candidate%n",
                    run, r.conversations(), seconds, r.elapsedMillis() / 1000.0, r.current().handoffs(),
                    r.candidate().handoffs()));
        }
        report.append(String.format("```%n%nCommand: `./mvnw -o -pl handoff-console -am test -Dtest=WhatIfBenchmark "
                + "-Dsurefire.failIfNoSpecifiedTests=false` (see the class's comment for PostgreSQL).%n"));
        System.out.print(report);
        String name = database.toLowerCase(Locale.ROOT).startsWith("postgres") ? "postgresql" : "h2";
        Path file = Path.of("..", "docs", "benchmarks", "what-if-" + name + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    private int seed() {
        SeededConversations seeded = new SeededConversations(jdbc);
        seeded.deleteAll();
        Random random = new Random(2026);
        Instant start = Instant.parse("2026-11-01T08:00:00Z");
        List<Seed> batch = new ArrayList<>();
        int turns = 0;
        for (int i = 0; i < CONVERSATIONS; i++) {
            Instant at = start.plusSeconds(i * 60L);
            ConversationSnapshot snapshot = ConversationSnapshot.started(ConversationId.newId(), "Customer " + i, at)
                    .withHandoffNeeded(i % 5 == 0 ? Boolean.TRUE : i % 5 == 1 ? Boolean.FALSE : null);
            List<Turn> transcript = new ArrayList<>();
            for (PolicyTurn p : Conversations.varied(random)) {
                transcript.add(SeededConversations.customer(transcript.size() + 1, at, p.reading(),
                        p.understood() ? "track_order" : PolicyTurn.NOT_UNDERSTOOD));
                transcript.add(SeededConversations.bot(transcript.size() + 1, at));
            }
            turns += transcript.size();
            batch.add(new Seed(snapshot, transcript));
            if (batch.size() == 1_000) {
                seeded.store(batch);
                batch.clear();
            }
        }
        seeded.store(batch);
        return turns;
    }
}
