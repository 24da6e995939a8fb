package io.attune.engine;

import io.attune.engine.conversation.QuickReply;
import io.attune.engine.emotion.EmotionReader;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.event.EngineEvent;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.intent.IntentPrediction;
import io.attune.engine.shop.InMemoryShop;
import io.attune.engine.store.InMemoryConversationStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An engine whose readings and intents are scripted per message, so a transcript test states exactly
 * what the bot perceives and proves what the engine does with it. The real models are tested on their own.
 */
final class ScriptedWorld implements EmotionReader, RoutineKnowledge {

    /** Wednesday 2 December 2026, 10:00 UTC: the shop's dates are said relative to it. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    final InMemoryConversationStore store = new InMemoryConversationStore();
    final InMemoryShop shop = new InMemoryShop(CLOCK);
    final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private final Map<String, EmotionReading> readings = new ConcurrentHashMap<>();
    private final Map<String, String> intents = new ConcurrentHashMap<>();
    private final Map<String, List<Choice>> unsure = new ConcurrentHashMap<>();
    private final Map<String, Answer> answers = Map.of(
            "delivery_options", new Answer("delivery_options", "We offer standard (3-5 days) and express (1-2 days) delivery!",
                    List.of(QuickReply.of("Express costs?")), null, "delivery options"),
            "track_order", new Answer("track_order", "", List.of(), "order-status", "track an order"),
            "cancel_order", new Answer("cancel_order", "", List.of(), "cancellation", "cancel an order"),
            "recover_password", new Answer("recover_password", "", List.of(), "password-reset", "reset a password"),
            "track_refund", new Answer("track_refund", "", List.of(), "refund-status", "track a refund"),
            "get_refund", new Answer("get_refund", "Refunds go back to your original payment method within 5 days.",
                    List.of(), null, "a refund"));
    volatile HandoffThresholds thresholds = HandoffThresholds.defaults();
    /** Why nobody from the team can answer now; empty while someone can. */
    volatile Optional<String> teamAway = Optional.empty();

    ConversationEngine engine() {
        return new ConversationEngine(store, this, () -> this, shop, () -> thresholds, events::add, CLOCK, 0.45,
                () -> teamAway);
    }

    ScriptedWorld reads(String text, EmotionReading reading) {
        readings.put(text, reading);
        return this;
    }

    ScriptedWorld means(String text, String intent) {
        intents.put(text, intent);
        return this;
    }

    /** The classifier is unsure of this text: these are its best guesses, best first, none sure enough to answer. */
    ScriptedWorld unsure(String text, Choice... best) {
        unsure.put(text, List.of(best));
        return this;
    }

    @Override
    public List<Choice> likely(String text, int limit) {
        return unsure.getOrDefault(text, List.of()).stream().limit(limit).toList();
    }

    @Override
    public EmotionReading read(String text, List<String> earlier) {
        return readings.getOrDefault(text, Readings.calm());
    }

    @Override
    public IntentPrediction classify(String text) {
        List<Choice> guesses = unsure.get(text);
        if (guesses != null) {
            return new IntentPrediction(guesses.get(0).intent(), guesses.get(0).confidence());
        }
        String intent = intents.get(text);
        return intent == null ? new IntentPrediction(IntentPrediction.OUT_OF_SCOPE, 0.9) : new IntentPrediction(intent, 0.9);
    }

    @Override
    public Optional<Answer> answerFor(String intent) {
        return Optional.ofNullable(answers.get(intent));
    }

    <T extends EngineEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
