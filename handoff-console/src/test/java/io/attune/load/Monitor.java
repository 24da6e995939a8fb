package io.attune.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server seen from outside: its heap (the actuator, as an admin), its resident memory (/proc) and
 * the customer and agent turns stored in its database (counted over JDBC).
 */
final class Monitor {

    /** USER_HZ, 100 on Linux x86-64. */
    private static final double CLOCK_TICKS = 100.0;

    private final ServerProcess server;
    private final Browser admin;
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakRss = new AtomicLong();

    Monitor(ServerProcess server, Browser admin) {
        this.server = server;
        this.admin = admin;
    }

    long heapUsed() throws IOException, InterruptedException {
        return admin.getJson("/actuator/metrics/jvm.memory.used?tag=area:heap").path("measurements").get(0)
                .path("value").asLong();
    }

    long heapAfterGc() throws IOException, InterruptedException {
        server.collectGarbage();
        return heapUsed();
    }

    long rss() throws IOException {
        return server.rssBytes();
    }

    /** CPU time the server process has used so far (user + system): what a turn costs, whatever else runs. */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(server.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / CLOCK_TICKS;
    }

    /** CPU time this JVM (the load generator) has used so far. */
    static double generatorCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /**
     * The server's collection pauses so far, from its metrics: how many, their total, and the longest in the
     * metric's window (Micrometer keeps the maximum of the last two minutes or so), leaving out the full
     * collections this benchmark asks for itself to measure live heap ("Diagnostic Command").
     */
    GcPauses gcPauses() {
        try {
            JsonNode all = admin.getJson("/actuator/metrics/jvm.gc.pause");
            double max = 0;
            for (JsonNode tag : all.path("availableTags")) {
                if (tag.path("tag").asText().equals("cause")) {
                    for (JsonNode cause : tag.path("values")) {
                        if (!cause.asText().equals(BENCHMARK_GC)) {
                            max = Math.max(max, statistic(admin.getJson("/actuator/metrics/jvm.gc.pause?tag=cause:"
                                    + URLEncoder.encode(cause.asText(), StandardCharsets.UTF_8)), "MAX"));
                        }
                    }
                }
            }
            return new GcPauses((long) statistic(all, "COUNT"), statistic(all, "TOTAL_TIME") * 1000, max * 1000);
        } catch (IOException e) {
            return new GcPauses(0, 0, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new GcPauses(0, 0, 0);
        }
    }

    private static final String BENCHMARK_GC = "Diagnostic Command";

    private static double statistic(JsonNode metric, String name) {
        for (JsonNode m : metric.path("measurements")) {
            if (m.path("statistic").asText().equals(name)) {
                return m.path("value").asDouble();
            }
        }
        return 0;
    }

    /** Collection pauses: how many, their total and the longest, in milliseconds. */
    record GcPauses(long count, double totalMs, double maxMs) {

        GcPauses since(GcPauses before) {
            return new GcPauses(count - before.count, totalMs - before.totalMs, maxMs);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d, %.0f ms in all, longest %.0f ms", count, totalMs, maxMs);
        }
    }

    /** The machine's 1-minute load average: how much else competed for the cores. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Called every few seconds during a level. */
    void sample() {
        try {
            peakHeap.accumulateAndGet(heapUsed(), Math::max);
            peakRss.accumulateAndGet(rss(), Math::max);
        } catch (IOException e) {
            System.err.println("memory sample failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void resetPeaks() {
        peakHeap.set(0);
        peakRss.set(0);
    }

    long peakHeap() {
        return peakHeap.get();
    }

    long peakRss() {
        return peakRss.get();
    }

    /** Customer and agent turns stored: what must equal what was sent. */
    long storedPeopleTurns() {
        try (Connection db = DriverManager.getConnection(ServerProcess.jdbcUrl(server.dataDir), "sa", "");
             Statement query = db.createStatement();
             ResultSet count = query.executeQuery("SELECT COUNT(*) FROM turns WHERE author IN ('CUSTOMER', 'AGENT')")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the stored turns", e);
        }
    }
}
