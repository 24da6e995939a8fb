package io.attune.load;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** Runs one load level: customers talk at the given total rate for a while, then everything settles and is counted. */
final class LevelRunner {

    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(2);

    private final Harness harness;
    private final Monitor monitor;
    private final List<SimulatedAgent> agents;

    LevelRunner(Harness harness, Monitor monitor, List<SimulatedAgent> agents) {
        this.harness = harness;
        this.monitor = monitor;
        this.agents = agents;
    }

    LevelResult run(String name, List<SimulatedCustomer> customers, int connections, double rate, Duration length,
                    double angryShare) throws InterruptedException, IOException {
        System.out.printf("level %s: %d customers at %.0f turns/s for %ds%n", name, customers.size(), rate,
                length.toSeconds());
        LevelStats stats = harness.newLevel();
        long storedBefore = monitor.storedPeopleTurns();
        double cpuBefore = monitor.cpuSeconds();
        double generatorBefore = Monitor.generatorCpuSeconds();
        Monitor.GcPauses gcBefore = monitor.gcPauses();
        monitor.resetPeaks();
        ScheduledFuture<?> sampler = harness.scheduler.scheduleAtFixedRate(monitor::sample, 0, 5, TimeUnit.SECONDS);
        double interval = customers.size() / rate;
        customers.forEach(c -> c.start(interval, ThreadLocalRandom.current().nextDouble() < angryShare));
        long start = System.nanoTime();
        long end = start + length.toNanos();
        while (System.nanoTime() < end) {
            TimeUnit.NANOSECONDS.sleep(Math.min(TimeUnit.SECONDS.toNanos(10), end - System.nanoTime()));
            System.out.printf("  %3ds: sent %d, acked %d, replies %d, handoffs %d, errors %d%n",
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), stats.customerSent.sum(),
                    stats.customerAcked.sum(), stats.botReplies.sum(), stats.handoffs.sum(), stats.errorCount());
        }
        customers.forEach(SimulatedCustomer::stop);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = monitor.cpuSeconds() - cpuBefore;
        double generatorCpu = Monitor.generatorCpuSeconds() - generatorBefore;
        Monitor.GcPauses gc = monitor.gcPauses().since(gcBefore);
        String load = Monitor.loadAverage();
        settle(customers);
        sampler.cancel(false);
        long unanswered = customers.stream().mapToLong(SimulatedCustomer::forgetOutstanding).sum();
        long stored = monitor.storedPeopleTurns() - storedBefore;
        return new LevelResult(name, customers.size(), connections, rate, seconds,
                stats.customerAcked.sum() / seconds, LevelStats.Percentiles.of(stats.turnLatency.getIntervalHistogram()),
                LevelStats.Percentiles.of(stats.ackLatency.getIntervalHistogram()),
                LevelStats.Percentiles.of(stats.handoffLatency.getIntervalHistogram()), stats.handoffs.sum(),
                stats.claims.sum(), stats.customerSent.sum() + stats.agentSent.sum(), stored,
                stats.customerAcked.sum() + stats.agentDelivered.sum(), unanswered, errors(stats),
                monitor.peakHeap(), monitor.peakRss(), cpu, generatorCpu, gc, load);
    }

    /** Waits (bounded) until every send is answered and every handed-over customer is back with the bot. */
    private void settle(List<SimulatedCustomer> customers) {
        try {
            Awaitility.await().atMost(SETTLE_LIMIT).pollInterval(Duration.ofMillis(200)).until(() -> settled(customers));
        } catch (ConditionTimeoutException e) {
            // Whatever is still outstanding is counted as unanswered by the caller.
        }
    }

    private boolean settled(List<SimulatedCustomer> customers) {
        return customers.stream().allMatch(c -> c.outstanding() == 0 && !c.withPerson())
                && agents.stream().allMatch(a -> a.holding() == 0);
    }

    private static Map<String, Long> errors(LevelStats stats) {
        Map<String, Long> errors = new TreeMap<>();
        stats.errors.forEach((code, n) -> errors.put(code, n.sum()));
        return errors;
    }
}
