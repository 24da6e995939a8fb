package io.attune.console.conversation;

import io.attune.engine.emotion.Cue;
import io.attune.engine.emotion.EmotionReading;
import java.util.List;

/** An emotion reading as the console shows it: sentiment, the strongest emotion and how strong, cues. */
record ReadingView(double sentiment, String emotion, double intensity, List<String> cues) {

    static ReadingView of(EmotionReading reading) {
        if (reading == null) {
            return null;
        }
        return new ReadingView(round(reading.sentiment()), reading.strongest().name(),
                round(reading.intensity(reading.strongest())), reading.cues().stream().map(Cue::name).sorted().toList());
    }

    /** "frustration 0.82" */
    public String label() {
        return emotion.toLowerCase() + " " + String.format(java.util.Locale.ROOT, "%.2f", intensity);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
