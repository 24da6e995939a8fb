package io.attune.engine.reply;

import io.attune.engine.emotion.Cue;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;

/** How the customer sounds, as a support person would put it, and so how to word the reply. */
public enum Tone {
    ANGRY, FRUSTRATED, WORRIED, SAD, CONFUSED, GRATEFUL, CALM;

    /** An emotion must reach this to change the wording: below it the customer sounds calm. */
    static final double NOTICEABLE = 0.35;

    public static Tone of(EmotionReading r) {
        if (r.intensity(Emotion.ANGER) >= NOTICEABLE || (r.has(Cue.PROFANITY) && r.sentiment() < 0)) {
            return ANGRY;
        }
        if (r.intensity(Emotion.FRUSTRATION) >= NOTICEABLE || (r.has(Cue.SHOUTING) && r.sentiment() < 0)
                || r.has(Cue.REPEATED_MESSAGE) || r.sentiment() <= -0.6) {
            return FRUSTRATED;
        }
        if (r.intensity(Emotion.ANXIETY) >= NOTICEABLE) {
            return WORRIED;
        }
        if (r.intensity(Emotion.SADNESS) >= NOTICEABLE) {
            return SAD;
        }
        if (r.intensity(Emotion.CONFUSION) >= NOTICEABLE) {
            return CONFUSED;
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
