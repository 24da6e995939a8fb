package io.attune.engine.quality;

import java.time.LocalDate;

/** The turn benchmark's figures as Markdown, against the goals. */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    static String markdown(Latencies all, Latencies cpu, Latencies[] byLength, double perSecond, long heapMb, long maxMb,
                           double loadSeconds, double encoderPassesPerTurn) {
        String[] buckets = {"5-10 words", "11-20 words", "21-40 words"};
        StringBuilder md = new StringBuilder();
        md.append("# Engine benchmark: one customer turn\n\n")
                .append("Written by `io.attune.engine.quality.TurnBenchmark` on ").append(LocalDate.now())
                .append(" (").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", max heap ").append(maxMb).append(" MB, system load average ")
                .append(String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage())).append(" at the end: other builds share these cores).\n")
                .append("A turn is `ConversationEngine.customerSays` with the in-memory store: the emotion reading,\n")
                .append("the intent, the handoff policy, the reply, storing. Messages are 5 to 40 words of real\n")
                .append("customer text (Bitext phrasings joined with GoEmotions comments), after ")
                .append(String.format("%,d", TurnBenchmark.WARM_UP)).append(" warm-up turns.\n\n")
                .append("| measure | result | goal |\n|---|---:|---:|\n")
                .append(String.format("| median latency, one thread | %.2f ms | 5 ms |%n", all.median()))
                .append(String.format("| p99 latency, one thread | %.2f ms | 15 ms |%n", all.p99()))
                .append(String.format("| CPU time per turn, median / p99 / mean | %.2f / %.2f / %.2f ms | |%n",
                        cpu.median(), cpu.p99(), cpu.mean()))
                .append(String.format("| turns per second, two threads (measured) | %.0f | 400 |%n", perSecond))
                .append(String.format("| turns per second two idle cores could give (2 s / mean CPU per turn) | %.0f | 400 |%n",
                        2000 / cpu.mean()))
                .append(String.format("| heap in use after GC | %,d MB | under 1 GB |%n", heapMb))
                .append(String.format("| sentence encoder passes per turn (one thread) | %.2f | |%n", encoderPassesPerTurn))
                .append(String.format("| start-up (models loaded, knowledge trained) | %.1f s | |%n%n", loadSeconds))
                .append("| message length | median | p99 | turns |\n|---|---:|---:|---:|\n");
        for (int i = 0; i < buckets.length; i++) {
            md.append(String.format("| %s | %.2f ms | %.2f ms | %,d |%n", buckets[i], byLength[i].median(),
                    byLength[i].p99(), byLength[i].count()));
        }
        return md.toString();
    }
}
