package io.attune.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** What one load level counted, written to by every client callback at once (lock-free). */
final class LevelStats {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);

    final Recorder turnLatency = new Recorder(MAX_MICROS, 3);
    final Recorder ackLatency = new Recorder(MAX_MICROS, 3);
    final Recorder handoffLatency = new Recorder(MAX_MICROS, 3);
    final LongAdder customerSent = new LongAdder();
    final LongAdder customerAcked = new LongAdder();
    final LongAdder botReplies = new LongAdder();
    final LongAdder agentSent = new LongAdder();
    final LongAdder agentDelivered = new LongAdder();
    final LongAdder handoffs = new LongAdder();
    final LongAdder claims = new LongAdder();
    final LongAdder handBacks = new LongAdder();
    final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    final AtomicLong startedNanos = new AtomicLong(System.nanoTime());

    void error(String code) {
        errors.computeIfAbsent(code, c -> new LongAdder()).increment();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    static void record(Recorder recorder, long sentNanos) {
        recorder.recordValue(Math.min(MAX_MICROS, Math.max(0, (System.nanoTime() - sentNanos) / 1_000)));
    }

    /** Latency percentiles in milliseconds. */
    record Percentiles(long count, double p50, double p95, double p99, double max) {

        static Percentiles of(Histogram h) {
            return new Percentiles(h.getTotalCount(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(95)),
                    ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()));
        }

        private static double ms(long micros) {
            return micros / 1000.0;
        }
    }
}
