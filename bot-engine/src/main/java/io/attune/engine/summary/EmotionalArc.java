package io.attune.engine.summary;

import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.handoff.PolicyTurn;
import java.util.ArrayList;
import java.util.List;

/**
 * The emotional arc of a conversation in a sentence or two:
 * "Calm at first; frustrated after 2 unanswered questions; angry at turn 6."
 */
final class EmotionalArc {

    /** An emotion at this intensity is worth telling the agent about. */
    private static final double NOTABLE = 0.4;

    private EmotionalArc() {
    }

    static String describe(List<Turn> customerTurns) {
        if (customerTurns.isEmpty()) {
            return "The customer has not written yet.";
        }
        List<String> parts = new ArrayList<>();
        Emotion previous = null;
        int unanswered = 0;
        for (int i = 0; i < customerTurns.size(); i++) {
            Turn t = customerTurns.get(i);
            EmotionReading r = t.reading() == null ? EmotionReading.neutral() : t.reading();
            Emotion now = notable(r);
            if (i == 0) {
                parts.add(now == null ? "calm at first" : adjective(now) + " from the start");
            } else if (now != null && now != previous) {
                String cause = unanswered >= 2 ? " after " + unanswered + " unanswered questions" : "";
                parts.add(adjective(now) + cause + " at turn " + (i + 1));
            } else if (now == null && previous != null) {
                parts.add("calmer at turn " + (i + 1));
            }
            unanswered = PolicyTurn.understood(t.intent()) ? 0 : unanswered + 1;
            previous = now;
        }
        String sentence = String.join("; ", parts);
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }

    private static Emotion notable(EmotionReading r) {
        Emotion strongest = r.strongest();
        return strongest.isNegative() && r.intensity(strongest) >= NOTABLE ? strongest : null;
    }

    static String adjective(Emotion e) {
        return switch (e) {
            case ANGER -> "angry";
            case FRUSTRATION -> "frustrated";
            case ANXIETY -> "worried";
            case CONFUSION -> "confused";
            case SADNESS -> "upset";
            case GRATITUDE -> "grateful";
            case JOY -> "pleased";
            case NEUTRAL -> "calm";
        };
    }
}
