package io.attune.widget.it;

import io.attune.engine.RoutineKnowledge;
import io.attune.engine.conversation.QuickReply;
import io.attune.engine.emotion.Cue;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReader;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.intent.IntentPrediction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the bot perceives, scripted by keyword, so the widget's tests state exactly what happens in the
 * engine: the real emotion and intent models are tested on their own, and with the whole application
 * in handoff-console's end-to-end tests.
 */
final class ScriptedBot implements EmotionReader, RoutineKnowledge {

    static final String DELIVERY_ANSWER = "We offer standard (3-5 days) and express (1-2 days) delivery.";
    /** A message containing this makes the reader fail the first time it reads that text, as a database gone away would. */
    static final String FAILS_ONCE = "fails once";

    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

    @Override
    public EmotionReading read(String text, List<String> earlierCustomerMessages) {
        String t = text.toLowerCase();
        if (t.contains(FAILS_ONCE) && failedOnce.add(text)) {
            throw new IllegalStateException("scripted failure in io.attune.widget.it.ScriptedBot");
        }
        if (t.contains("useless") || t.contains("ridiculous")) {
            return new EmotionReading(-0.9, List.of(0.8, 0.1, 0.05, 0.03, 0.02),
                    Map.of(Emotion.ANGER, 0.9, Emotion.FRUSTRATION, 0.9), Set.of());
        }
        if (t.contains("a person")) {
            return new EmotionReading(0, List.of(0.0, 0.0, 1.0, 0.0, 0.0), Map.of(Emotion.NEUTRAL, 1.0),
                    Set.of(Cue.ASKED_FOR_PERSON));
        }
        return EmotionReading.neutral();
    }

    @Override
    public IntentPrediction classify(String text) {
        return text.toLowerCase().contains("deliver") ? new IntentPrediction("delivery_options", 0.95)
                : new IntentPrediction(IntentPrediction.OUT_OF_SCOPE, 0.9);
    }

    @Override
    public Optional<Answer> answerFor(String intent) {
        return "delivery_options".equals(intent)
                ? Optional.of(new Answer(intent, DELIVERY_ANSWER, List.of(QuickReply.of("Express costs?")), null,
                        "delivery options"))
                : Optional.empty();
    }
}
