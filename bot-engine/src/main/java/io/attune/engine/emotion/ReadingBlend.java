package io.attune.engine.emotion;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Combines the three signals into a reading. The emotion model (trained on conversational Reddit text)
 * leads; CoreNLP's sentiment (trained on movie reviews, reads "furious, you charged me twice" as
 * positive) tempers it; cues add what form and fixed phrases say. The weights are judgement, checked on
 * the support-chat examples in the tests, not fitted.
 */
final class ReadingBlend {

    /** CoreNLP's share of the sentiment; the rest follows the emotions and cues. */
    static final double CORENLP_WEIGHT = 0.35;
    private static final double SARCASM_FRUSTRATION = 0.45;

    private ReadingBlend() {
    }

    static EmotionReading blend(SentimentScore sentiment, Map<Emotion, Double> modelIntensities, Set<Cue> cues,
                                boolean sarcastic) {
        EnumMap<Emotion, Double> e = new EnumMap<>(modelIntensities);
        if (sarcastic) {
            // the praise is ironic: its joy is really frustration
            add(e, Emotion.FRUSTRATION, SARCASM_FRUSTRATION + e.get(Emotion.JOY));
            e.put(Emotion.JOY, 0.0);
            e.put(Emotion.GRATITUDE, e.get(Emotion.GRATITUDE) * 0.3);
        }
        double boost = 0;
        boost += cue(cues, Cue.PROFANITY, e, Emotion.ANGER, 0.15);
        boost += cue(cues, Cue.SHOUTING, e, Emotion.FRUSTRATION, 0.15);
        boost += cue(cues, Cue.SHOUTING, e, Emotion.ANGER, 0.10);
        boost += cue(cues, Cue.THREAT_TO_LEAVE, e, Emotion.FRUSTRATION, 0.25);
        boost += cue(cues, Cue.REPEATED_MESSAGE, e, Emotion.FRUSTRATION, 0.25);
        boost += cue(cues, Cue.FORMAL_COMPLAINT, e, Emotion.FRUSTRATION, 0.15);
        boost += cue(cues, Cue.ASKED_FOR_PERSON, e, Emotion.FRUSTRATION, 0.10);
        e.put(Emotion.NEUTRAL, Math.max(0.0, e.get(Emotion.NEUTRAL) - boost - (sarcastic ? SARCASM_FRUSTRATION : 0)));
        e.replaceAll((k, v) -> clamp(v, 0, 1));

        double valence = e.get(Emotion.JOY) + e.get(Emotion.GRATITUDE) - e.get(Emotion.ANGER)
                - e.get(Emotion.FRUSTRATION) - e.get(Emotion.SADNESS) - e.get(Emotion.ANXIETY)
                - 0.3 * e.get(Emotion.CONFUSION);
        valence -= (cues.contains(Cue.PROFANITY) ? 0.2 : 0) + (cues.contains(Cue.SHOUTING) ? 0.1 : 0)
                + (cues.contains(Cue.THREAT_TO_LEAVE) ? 0.3 : 0) + (cues.contains(Cue.REPEATED_MESSAGE) ? 0.15 : 0)
                + (cues.contains(Cue.ASKED_FOR_PERSON) ? 0.1 : 0);
        double[] distribution = mix(sentiment.distribution(), onScale(clamp(valence, -1, 1)));
        SentimentScore blended = SentimentScore.of(distribution, sentiment.sentences());
        return new EmotionReading(blended.score(), blended.distribution(), e, cues);
    }

    private static double cue(Set<Cue> cues, Cue cue, Map<Emotion, Double> e, Emotion emotion, double amount) {
        if (!cues.contains(cue)) {
            return 0;
        }
        add(e, emotion, amount);
        return amount;
    }

    private static void add(Map<Emotion, Double> e, Emotion emotion, double amount) {
        e.merge(emotion, amount, Double::sum);
    }

    /** A value in [-1, 1] as a distribution over the 5 classes, split between the two nearest. */
    static double[] onScale(double value) {
        double position = (value + 1) * 2;
        int low = Math.min(3, (int) Math.floor(position));
        double high = position - low;
        double[] d = new double[5];
        d[low] = 1 - high;
        d[low + 1] += high;
        return d;
    }

    private static double[] mix(List<Double> corenlp, double[] fromEmotions) {
        double[] d = new double[5];
        for (int i = 0; i < 5; i++) {
            d[i] = CORENLP_WEIGHT * corenlp.get(i) + (1 - CORENLP_WEIGHT) * fromEmotions[i];
        }
        return d;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
