package io.attune.engine.emotion;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attune's {@link EmotionReader}: CoreNLP sentiment (along clause trees), the GoEmotions emotion model
 * and the cues, blended so support chat reads right. Build one per application (loading takes seconds
 * and some tens of MB of heap) and share it: it is thread-safe.
 */
public final class CoreNlpEmotionReader implements EmotionReader {

    private static final Logger log = LoggerFactory.getLogger(CoreNlpEmotionReader.class);

    private final SentimentScorer sentiment;
    private final EmotionModel emotions;
    private final CueDetector cues;
    private final FittedReading fitted;

    public CoreNlpEmotionReader(SentimentScorer sentiment, EmotionModel emotions, CueDetector cues) {
        this(sentiment, emotions, cues, null);
    }

    /** @param fitted the support-chat model that sets the emotions' intensities; null reads the blend alone */
    public CoreNlpEmotionReader(SentimentScorer sentiment, EmotionModel emotions, CueDetector cues, FittedReading fitted) {
        this.sentiment = Objects.requireNonNull(sentiment);
        this.emotions = Objects.requireNonNull(emotions);
        this.cues = Objects.requireNonNull(cues);
        this.fitted = fitted;
    }

    /** Loads the shipped models: CoreNLP's sentiment network, {@value EmotionModel#RESOURCE} and {@value FittedReading#RESOURCE}. */
    public static CoreNlpEmotionReader create() {
        return new CoreNlpEmotionReader(new SentimentScorer(), EmotionModel.fromClasspath(), new CueDetector(),
                FittedReading.fromClasspath());
    }

    @Override
    public EmotionReading read(String text, List<String> earlierCustomerMessages) {
        EmotionReading blended = blended(text, earlierCustomerMessages);
        if (fitted == null || text == null || !hasWords(text)) {
            return blended;
        }
        try {
            return fitted.refine(text, blended, earlierCustomerMessages == null ? List.of() : earlierCustomerMessages);
        } catch (RuntimeException e) {
            log.warn("the fitted reading failed on a {}-character message; using the blend", text.length(), e);
            return blended;
        }
    }

    /** The models' and cues' reading before the fitted support-chat model: what that model learns from. */
    public EmotionReading blended(String text, List<String> earlierCustomerMessages) {
        String input = text == null ? "" : text;
        List<String> earlier = earlierCustomerMessages == null ? List.of() : earlierCustomerMessages;
        try {
            Set<Cue> found = cues.detect(input, earlier);
            if (!hasWords(input)) {
                // nothing to read (emoji, symbols, empty): calm, keeping what the form says ("?!?!")
                EmotionReading calm = EmotionReading.neutral();
                return found.isEmpty() ? calm : ReadingBlend.blend(SentimentScore.neutral(),
                        calm.intensities(), found, false);
            }
            String plain = SupportChatPhrases.plain(input);
            Map<Emotion, Double> intensities = emotions.intensities(plain);
            return ReadingBlend.blend(sentimentOf(plain), intensities, found, SupportChatPhrases.sarcastic(input));
        } catch (RuntimeException e) {
            log.warn("could not read a {}-character message; reading it as neutral", input.length(), e);
            return EmotionReading.neutral();
        }
    }

    private SentimentScore sentimentOf(String text) {
        try {
            return sentiment.score(text);
        } catch (RuntimeException e) {
            // CoreNLP can fail on odd input the tokenizer let through; the emotion model still reads it
            log.warn("sentiment failed on a {}-character message", text.length(), e);
            return SentimentScore.neutral();
        }
    }

    private static boolean hasWords(String text) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < 2; i++) {
            letters += Character.isLetter(text.charAt(i)) ? 1 : 0;
        }
        return letters >= 2;
    }
}
