package io.attune.engine.reply;

import io.attune.engine.emotion.Cue;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import java.util.List;

/** How the customer sounds, as a support person would put it, and so how to word the reply. */
public enum Tone {
    ANGRY, FRUSTRATED, WORRIED, SAD, CONFUSED, GRATEFUL, CALM;

    /** An emotion must reach this to change the wording: below it the customer sounds calm. */
    static final double NOTICEABLE = 0.35;

    /**
     * The strongest noticeable feeling sets the tone, so a worried customer is not answered as a
     * frustrated one; form (swearing, capitals, repeating oneself) speaks only when no feeling does.
     */
    public static Tone of(EmotionReading r) {
        Emotion felt = null;
        for (Emotion e : List.of(Emotion.ANGER, Emotion.FRUSTRATION, Emotion.ANXIETY, Emotion.SADNESS, Emotion.CONFUSION)) {
            if (r.intensity(e) >= NOTICEABLE && (felt == null || r.intensity(e) > r.intensity(felt))) {
                felt = e;
            }
        }
        if (felt != null) {
            return switch (felt) {
                case ANGER -> ANGRY;
                case FRUSTRATION -> r.has(Cue.PROFANITY) && r.sentiment() < 0 ? ANGRY : FRUSTRATED;
                case ANXIETY -> WORRIED;
                case SADNESS -> SAD;
                default -> CONFUSED;
            };
        }
        if (r.has(Cue.PROFANITY) && r.sentiment() < 0) {
            return ANGRY;
        }
        if ((r.has(Cue.SHOUTING) && r.sentiment() < 0) || r.has(Cue.REPEATED_MESSAGE) || r.sentiment() <= -0.6) {
            return FRUSTRATED;
        }
        if (r.intensity(Emotion.GRATITUDE) >= NOTICEABLE || r.intensity(Emotion.JOY) >= NOTICEABLE) {
            return GRATEFUL;
        }
        return CALM;
    }

    public boolean upset() {
        return this == ANGRY || this == FRUSTRATED || this == WORRIED || this == SAD;
    }
}
