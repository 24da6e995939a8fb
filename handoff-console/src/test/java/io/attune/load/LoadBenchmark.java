package io.attune.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The load benchmark: starts Attune in its own JVM and drives it with simulated customers and agents
 * over real WebSocket/STOMP connections on 127.0.0.1, then writes a Markdown report with a chart.
 * Run it with {@code ./mvnw -pl handoff-console -am -Pload verify -DskipTests} (add
 * {@code -Dload.mode=quick} for a smoke run); see docs/benchmarks/load.md. Not part of the test suite.
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Plan plan = Arrays.asList(args).contains("--quick") ? Plan.QUICK
                : Plan.named(System.getProperty("attune.load.mode", "full"));
        Path out = Path.of(plan == Plan.FULL ? "../docs/benchmarks" : "target/load-" + plan.name());
        Files.createDirectories(out);
        Path dataDir = Files.createTempDirectory("attune-load-");
        Path log = Path.of("target", "load-server.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        String adminPassword = UUID.randomUUID().toString();
        System.out.printf("Load benchmark (%s plan); server log: %s%n", plan.name(), log);
        long startedAt = System.nanoTime();
        try (ServerProcess server = ServerProcess.start(dataDir, log, adminPassword, plan.serverHeap(),
                List.of("--server.tomcat.max-connections=" + (plan.customers() + plan.idle() + 1_000),
                        // Every simulated customer comes from this one address.
                        "--attune.limits.sessions-per-address=" + (plan.customers() + plan.idle()) * 4 + "/1m"));
             Harness harness = new Harness(server.port, Texts.load())) {
            System.out.printf("server up (pid %d) after %.0fs%n", server.pid(), (System.nanoTime() - startedAt) / 1e9);
            Browser admin = new Browser(harness.http).logIn("admin", adminPassword, "/console");
            Monitor monitor = new Monitor(server, admin);
            long heapIdle = monitor.heapAfterGc();
            Population population = new Population(harness);
            List<SimulatedAgent> agents = population.agents(admin, plan.agents());
            List<SimulatedCustomer> customers = population.customers(plan.customers());
            LevelRunner runner = new LevelRunner(harness, monitor, agents);
            List<LevelResult> levels = new ArrayList<>();
            // Not counted against the targets: the first turns at a gentle rate, then a minute at the target
            // rate, while the JIT compiles the hot paths (the second is reported, to show a cold start).
            runner.run("warm-up", customers, customers.size(), Math.min(plan.targetRate(), 10), plan.stepLength(), 0);
            long storedAtStart = monitor.storedPeopleTurns();
            report(levels, runner.run("warm-up at the target rate (not counted)", customers, customers.size(),
                    plan.targetRate(), Duration.ofSeconds(60), plan.angryShare()));
            LevelResult target = runner.run("sustained", customers, customers.size(), plan.targetRate(),
                    plan.targetLength(), plan.angryShare());
            report(levels, target);
            boolean targetWithinCeiling = target.meets(Plan.CEILING_P99_MS);
            List<Double> rates = targetWithinCeiling ? plan.ceilingRates() : plan.lowerRates(target.turnsPerSecond());
            for (double rate : plan.ceilingRates().isEmpty() ? List.<Double>of() : rates) {
                LevelResult step = runner.run(String.format(java.util.Locale.ROOT, "offered %.4g/s", rate), customers, customers.size(), rate,
                        plan.stepLength(), plan.angryShare());
                report(levels, step);
                boolean passes = step.meets(Plan.CEILING_P99_MS) && step.turnsPerSecond() >= 0.9 * rate;
                if (targetWithinCeiling != passes) {
                    break;
                }
            }
            IdleConnections idle = openIdle(harness, monitor, plan.idle());
            System.out.println(idle.summary());
            if (idle.failed() == 0) {
                // Skipped when the server could not take them all: it is out of heap, nothing to learn.
                report(levels, runner.run("sustained + idle", customers, customers.size() + idle.opened(),
                        plan.targetRate(), plan.stepLength(), plan.angryShare()));
            }
            Report.Totals totals = new Report.Totals(levels.stream().mapToLong(LevelResult::sent).sum(),
                    monitor.storedPeopleTurns() - storedAtStart, levels.stream().mapToLong(LevelResult::delivered).sum());
            System.out.println(totals);
            new Report(plan, Machine.describe(), heapIdle, levels, idle, totals).write(out);
            System.out.println("report written to " + out.toAbsolutePath().normalize().resolve("load.md"));
            idle.close();
            customers.forEach(SimulatedCustomer::disconnect);
            agents.forEach(SimulatedAgent::disconnect);
        }
        System.exit(0);
    }

    /** A failure here still leaves the levels' figures to report. */
    private static IdleConnections openIdle(Harness harness, Monitor monitor, int count) {
        try {
            return IdleConnections.open(harness, monitor, count);
        } catch (Exception | OutOfMemoryError e) {
            System.err.println("opening idle connections failed: " + e);
            return new IdleConnections(count, List.of(), count, 0, 0, 0, 0, 0);
        }
    }

    private static void report(List<LevelResult> levels, LevelResult level) {
        levels.add(level);
        System.out.println(level.summary());
    }
}
