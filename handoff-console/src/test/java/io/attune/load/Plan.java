package io.attune.load;

import java.time.Duration;
import java.util.List;

/**
 * What a run does. {@link #FULL} is the documented benchmark (about 20 minutes); {@link #QUICK} is a
 * smoke run of a minute or two that exercises every part with small numbers.
 *
 * @param customers     active customers, connected for the whole run
 * @param agents        agents logged in to the console
 * @param targetRate    customer turns per second, all customers together, of the sustained level
 * @param targetLength  how long the sustained level lasts
 * @param ceilingRates  the rates tried (each for {@code stepLength}) until p99 passes {@link #CEILING_P99_MS}
 * @param idle          idle connections opened on top of the active ones
 * @param angryShare    share of customers who grow angry during a level and are handed over
 * @param serverHeap    the server's -Xmx
 */
record Plan(String name, int customers, int agents, double targetRate, Duration targetLength,
            List<Double> ceilingRates, Duration stepLength, int idle, double angryShare, String serverHeap) {

    static final double TARGET_P99_MS = 100;
    static final double CEILING_P99_MS = 250;

    static final Plan FULL = new Plan("full", 1_000, 10, 200, Duration.ofMinutes(5),
            List.of(300.0, 400.0, 500.0, 650.0, 800.0, 1000.0, 1300.0, 1600.0), Duration.ofSeconds(45), 10_000, 0.05, "1g");

    static final Plan QUICK = new Plan("quick", 100, 3, 20, Duration.ofSeconds(20),
            List.of(60.0, 120.0), Duration.ofSeconds(15), 1_000, 0.1, "1g");

    /**
     * A steady level for profiling and before/after CPU per turn in a few minutes: 100 customers, a minute at
     * 120 turns/s while the JIT compiles (the quick plan's levels are too short: its CPU per turn is mostly
     * the compiler's), then 90 s at the same rate; no ceiling search, no idle connections.
     */
    static final Plan PROFILE = new Plan("profile", 100, 3, 120, Duration.ofSeconds(90), List.of(),
            Duration.ofSeconds(15), 0, 0.05, "1g");

    /** Only the 10,000 idle connections beside 100 active customers, on the README's heap (no ceiling search). */
    static final Plan IDLE = new Plan("idle", 100, 1, 5, Duration.ofSeconds(30), List.of(), Duration.ofSeconds(30),
            10_000, 0, "1g");

    static Plan named(String name) {
        return switch (name) {
            case "quick" -> QUICK;
            case "idle" -> IDLE;
            case "profile" -> PROFILE;
            default -> FULL;
        };
    }

    /**
     * When the sustained level misses the ceiling's limit, the server was saturated and its throughput is
     * its capacity; the knee lies below it. Highest first.
     */
    List<Double> lowerRates(double saturatedThroughput) {
        double c = Math.max(1, saturatedThroughput);
        return List.of(Math.round(c * 0.8 * 10) / 10.0, Math.round(c * 0.6 * 10) / 10.0,
                Math.round(c * 0.4 * 10) / 10.0, Math.round(c * 0.2 * 10) / 10.0);
    }
}
