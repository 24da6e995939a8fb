package io.attune.engine.quality;

import io.attune.engine.ConversationEngine;
import io.attune.engine.KnowledgeAnswers;
import io.attune.engine.RoutineKnowledge;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.emotion.CoreNlpEmotionReader;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.knowledge.KnowledgeBase;
import io.attune.engine.knowledge.KnowledgeTrainer;
import io.attune.engine.meaning.SentenceEncoder;
import io.attune.engine.store.InMemoryConversationStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One customer turn through {@link ConversationEngine#customerSays} with the in-memory store, the real
 * emotion reader and the shop's classifier: latency by message length on one thread, then turns per second
 * on two threads, and the heap in use. Writes {@code docs/benchmarks/engine.md}.
 * Run: {@code ./mvnw -B -o -pl bot-engine -Pquality compile exec:exec@benchmark} (runs with -Xmx1g).
 */
public final class TurnBenchmark {

    static final int WARM_UP = 2_000;
    static final int MEASURED = 2_000;
    static final int THROUGHPUT_TURNS = 2_000;
    /** A conversation hands over once the customer is angry enough; new ones keep the bot answering. */
    static final int TURNS_PER_CONVERSATION = 6;

    /** CPU time is what a turn costs whatever else runs on the machine; wall time is what a customer waits. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final ConversationEngine engine;
    private final List<String> messages;

    private TurnBenchmark(ConversationEngine engine, List<String> messages) {
        this.engine = engine;
        this.messages = messages;
    }

    public static void main(String[] args) throws Exception {
        Datasets data = args.length > 0 ? new Datasets(Path.of(args[0])) : Datasets.locate();
        Path out = Path.of(args.length > 1 ? args[1] : "docs/benchmarks/engine.md");
        long start = System.nanoTime();
        CoreNlpEmotionReader reader = CoreNlpEmotionReader.create();
        RoutineKnowledge knowledge = new KnowledgeAnswers(new KnowledgeTrainer().train(KnowledgeBase.shop()));
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        Supplier<RoutineKnowledge> live = () -> knowledge;
        ConversationEngine engine = new ConversationEngine(new InMemoryConversationStore(), reader, live,
                new EvaluationShop(Clock.systemUTC()), HandoffThresholds::defaults, event -> { }, Clock.systemUTC(), ConversationEngine.DEFAULT_CLARIFY_BELOW);
        TurnBenchmark bench = new TurnBenchmark(engine, BenchmarkMessages.generate(data, 20_000, 42));
        System.out.printf("loaded in %.1f s; warming up with %,d turns ...%n", loadSeconds, WARM_UP);
        bench.turns(0, WARM_UP, null);
        System.out.printf("measuring %,d turns on one thread ...%n", MEASURED);
        Latencies all = new Latencies();
        Latencies cpu = new Latencies();
        Latencies[] byLength = {new Latencies(), new Latencies(), new Latencies()};
        long passesBefore = SentenceEncoder.shipped().passes();
        bench.turns(WARM_UP, MEASURED, (text, nanos, cpuNanos) -> {
            all.record(nanos);
            cpu.record(cpuNanos);
            int words = BenchmarkMessages.words(text);
            byLength[words <= 10 ? 0 : words <= 20 ? 1 : 2].record(nanos);
        });
        double passesPerTurn = (SentenceEncoder.shipped().passes() - passesBefore) / (double) MEASURED;
        System.out.println("  wall: " + all.summary());
        System.out.printf("  sentence encoder passes per turn: %.2f%n", passesPerTurn);
        System.out.println("  CPU:  " + cpu.summary());
        System.out.printf("measuring %,d turns on two threads ...%n", THROUGHPUT_TURNS);
        double perSecond = bench.throughput(2, THROUGHPUT_TURNS);
        System.out.printf("  %.0f turns/s%n", perSecond);
        System.gc();
        long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        System.out.printf("  heap in use after GC: %,d MB of %,d MB max%n", heapMb, maxMb);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, BenchmarkReport.markdown(all, cpu, byLength, perSecond, heapMb, maxMb, loadSeconds,
                passesPerTurn));
        System.out.println("wrote " + out.toAbsolutePath());
    }

    interface Timing {
        void took(String text, long nanos, long cpuNanos);
    }

    private void turns(int from, int count, Timing timing) {
        ConversationId id = null;
        for (int i = 0; i < count; i++) {
            if (i % TURNS_PER_CONVERSATION == 0) {
                id = engine.open(null).id();
            }
            String text = messages.get((from + i) % messages.size());
            long cpu = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            var result = engine.customerSays(id, "c" + from + "-" + i, text);
            long took = System.nanoTime() - start;
            if (timing != null) {
                timing.took(text, took, CPU.getCurrentThreadCpuTime() - cpu);
            }
            if (result.state() != ConversationState.BOT_ANSWERING) {
                id = engine.open(null).id();
            }
        }
    }

    private double throughput(int threads, int turns) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        AtomicLong failures = new AtomicLong();
        for (int t = 0; t < threads; t++) {
            int offset = WARM_UP + MEASURED + t * (turns / threads);
            Thread worker = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    turns(offset, turns / threads, null);
                } catch (InterruptedException | RuntimeException e) {
                    failures.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
            worker.start();
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " benchmark threads failed");
        }
        return turns / seconds;
    }
}
