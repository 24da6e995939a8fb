package io.attune.load;

import io.attune.load.LevelStats.Percentiles;
import java.util.Map;

/**
 * One load level's figures.
 *
 * @param turnsPerSecond customer turns acknowledged (stored and echoed) per second of the level
 * @param turn           customer's send to the bot's reply received
 * @param ack            customer's send to its own turn coming back stored
 * @param handoff        the triggering turn's send to the conversation showing in an agent's queue
 * @param sent           customer and agent messages sent
 * @param stored         customer and agent turns the database gained
 * @param delivered      customer messages acknowledged plus agent messages received by the customer
 * @param unanswered     sends still unacknowledged or unanswered when the level had settled (or gave up)
 * @param serverCpuSeconds CPU time the server used during the level
 * @param generatorCpuSeconds CPU time the load generator (this JVM) used during the level, on the same cores
 * @param gcPauses       the server's garbage-collection pauses during the level
 * @param loadAverage    the machine's 1-minute load average at the end of the level
 */
record LevelResult(String name, int activeCustomers, int connections, double targetRate, double seconds,
                   double turnsPerSecond, Percentiles turn, Percentiles ack, Percentiles handoff, long handoffs,
                   long claims, long sent, long stored, long delivered, long unanswered, Map<String, Long> errors,
                   long peakHeapBytes, long peakRssBytes, double serverCpuSeconds, double generatorCpuSeconds,
                   Monitor.GcPauses gcPauses, String loadAverage) {

    /** Server CPU per customer turn: the cost of a turn, independent of what else shares the cores. */
    double cpuMsPerTurn() {
        return turnsPerSecond == 0 ? 0 : serverCpuSeconds * 1000 / (turnsPerSecond * seconds);
    }

    double generatorCpuMsPerTurn() {
        return turnsPerSecond == 0 ? 0 : generatorCpuSeconds * 1000 / (turnsPerSecond * seconds);
    }

    /** Levels that count against the targets and the ceiling (the warm-up at the target rate does not). */
    boolean counted() {
        return !name.contains("not counted");
    }

    /** Idle connections were open beside the active customers: another condition than the load curve's. */
    boolean withIdleConnections() {
        return connections > activeCustomers;
    }

    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Sent but not stored, or sent but never seen by the other side. */
    long lost() {
        return Math.max(sent - stored, sent - delivered);
    }

    boolean meets(double p99LimitMs) {
        return turn.p99() <= p99LimitMs && errorCount() == 0 && lost() == 0 && unanswered == 0;
    }

    String summary() {
        return String.format("%s: %d customers, %.0f turns/s (target %.0f), per-turn ms p50 %.1f p95 %.1f p99 %.1f "
                + "max %.1f, handoffs %d (p99 %.0f ms), sent %d stored %d delivered %d unanswered %d, errors %d %s, "
                + "peak heap %d MB, peak RSS %d MB, server CPU %.1f ms per turn, generator CPU %.1f ms per turn, GC pauses %s, load average %s", name, activeCustomers, turnsPerSecond, targetRate, turn.p50(),
                turn.p95(), turn.p99(), turn.max(), handoffs, handoff.p99(), sent, stored, delivered, unanswered,
                errorCount(), errors, peakHeapBytes >> 20, peakRssBytes >> 20, cpuMsPerTurn(), generatorCpuMsPerTurn(),
                gcPauses, loadAverage);
    }
}
