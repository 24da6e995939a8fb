package io.attune.engine.emotion;

/**
 * The models, built once per test JVM on first use: loading CoreNLP takes seconds, and every reader
 * built from them is immutable, so tests can share it.
 */
public final class SharedModels {

    private SharedModels() {
    }

    public static CoreNlpEmotionReader reader() {
        return Holder.READER;
    }

    /** The reader as the application builds it: the blend refined by the fitted support-chat model. */
    public static CoreNlpEmotionReader shipped() {
        return Holder.SHIPPED;
    }

    public static SentimentScorer sentiment() {
        return Holder.SENTIMENT;
    }

    private static final class Holder {
        static final SentimentScorer SENTIMENT = new SentimentScorer();
        static final CoreNlpEmotionReader READER = new CoreNlpEmotionReader(SENTIMENT, EmotionModel.fromClasspath(),
                new CueDetector());
        static final CoreNlpEmotionReader SHIPPED = new CoreNlpEmotionReader(SENTIMENT, EmotionModel.fromClasspath(),
                new CueDetector(), FittedReading.fromClasspath());
    }
}
