package io.attune.admin.knowledge;

import io.attune.admin.knowledge.KnowledgeStatus.State;
import io.attune.admin.knowledge.StoredKnowledge.Versioned;
import io.attune.engine.knowledge.KnowledgeBase;
import io.attune.engine.knowledge.KnowledgeTrainer;
import io.attune.engine.knowledge.TrainedKnowledge;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The knowledge base the bot answers from, with its trained classifier: the engine's
 * {@code Supplier<TrainedKnowledge>}. An admin's save retrains in the background (a second or two) while
 * the bot keeps answering from the previous version, then both swap at once. Other instances notice a
 * new saved version within {@code attune.admin.knowledge.recheck} and retrain too.
 */
@Component
public class LiveKnowledge implements Supplier<TrainedKnowledge> {

    private static final Logger log = LoggerFactory.getLogger(LiveKnowledge.class);
    static final String SEEDED_BY = KnowledgeBase.SHOP;

    private final StoredKnowledge store;
    private final KnowledgeTrainer trainer = new KnowledgeTrainer();
    private final long recheckNanos;
    private final ExecutorService training = Executors.newSingleThreadExecutor(r -> new Thread(r, "knowledge-training"));
    private final AtomicBoolean trainingQueued = new AtomicBoolean();
    private volatile Live live;
    private volatile long checkedAt;
    private volatile KnowledgeStatus status;

    LiveKnowledge(StoredKnowledge store, KnowledgeProperties properties) {
        this.store = store;
        this.recheckNanos = properties.recheck().toNanos();
    }

    /** The knowledge the bot answers from now; never waits for a retraining once the first one is done. */
    @Override
    public TrainedKnowledge get() {
        Live current = live;
        if (current == null) {
            return first().knowledge();
        }
        if (System.nanoTime() - checkedAt >= recheckNanos) {
            checkedAt = System.nanoTime();
            recheck(current);
        }
        return current.knowledge();
    }

    /**
     * Trained in the background as soon as the application is up, so the first customer does not wait
     * for it (about 3 s for the shipped shop knowledge base, whose classifier ships trained; 19 s to nearly a minute
     * on a busy two-core machine for an edited one); a customer's
     * question that comes sooner waits for this training to finish (the greeting does not wait).
     */
    @EventListener(ApplicationReadyEvent.class)
    void trainAtStart() {
        training.execute(this::first);
    }

    public KnowledgeStatus status() {
        get();
        return status;
    }

    /** Trains the latest saved version in the background; called after a save. */
    void retrain() {
        if (trainingQueued.compareAndSet(false, true)) {
            training.execute(this::trainLatest);
        }
    }

    private synchronized Live first() {
        if (live == null) {
            store.seed(KnowledgeBase.shop(), SEEDED_BY);
            live = train(store.load().orElseThrow());
            checkedAt = System.nanoTime();
        }
        return live;
    }

    private void recheck(Live current) {
        try {
            if (store.version().orElse(current.version()) != current.version()) {
                retrain();
            }
        } catch (RuntimeException e) {
            log.warn("Could not check for a newer knowledge base; answering from version {}", current.version(), e);
        }
    }

    /** Trains until the live version is the latest saved one: a save during training is not lost. */
    private void trainLatest() {
        trainingQueued.set(false);
        try {
            first();
            Versioned saved = store.load().orElseThrow();
            while (saved.version() != live.version()) {
                status = status(State.TRAINING, live, saved.version(), null);
                live = train(saved);
                saved = store.load().orElseThrow();
            }
        } catch (RuntimeException e) {
            log.error("Retraining the knowledge base failed; answering from version {}", live.version(), e);
            status = status(State.FAILED, live, live.version(), "Retraining failed (" + e.getMessage()
                    + "). The bot still answers from version " + live.version() + ".");
        }
    }

    private Live train(Versioned saved) {
        long started = System.nanoTime();
        TrainedKnowledge knowledge = trainer.train(saved.base());
        Live trained = new Live(saved.version(), knowledge, Instant.now(), (System.nanoTime() - started) / 1_000_000);
        status = status(State.READY, trained, saved.version(), null);
        log.info("Knowledge base version {} trained in {} ms", trained.version(), trained.trainMillis());
        return trained;
    }

    private static KnowledgeStatus status(State state, Live l, long saved, String message) {
        KnowledgeBase base = l.knowledge().base();
        int examples = base.intents().stream().mapToInt(i -> i.examples().size()).sum();
        return new KnowledgeStatus(state, l.version(), saved, l.trainedAt(), l.trainMillis(), base.intents().size(),
                examples, message);
    }

    @PreDestroy
    void stop() {
        training.shutdownNow();
    }

    private record Live(long version, TrainedKnowledge knowledge, Instant trainedAt, long trainMillis) {
    }
}
